package cn.sunledger.ledger.domain.model.project;

/** 联农带农 / 利益联结机制: how the project brings farmers a share of what it earns. */
public enum LinkageType {
    EMPLOYMENT("就业务工"), LAND_TRANSFER("土地流转"), EQUITY_DIVIDEND("入股分红"), ORDER_PURCHASE("订单收购"),
    DRIVE_PRODUCTION("带动生产"), ASSET_INCOME("资产收益"), OTHER("其他");

    private final String chineseName;

    LinkageType(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
