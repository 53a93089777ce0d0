package cn.sunledger.ledger.domain.model.asset;

/** 处置方式 (api.md codes). */
public enum DisposalMethod {
    AUCTION("拍卖"),
    TRANSFER("转让"),
    CONVERSION("转产"),
    WRITE_OFF("报损"),
    SCRAP("报废");

    private final String chineseName;

    DisposalMethod(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
