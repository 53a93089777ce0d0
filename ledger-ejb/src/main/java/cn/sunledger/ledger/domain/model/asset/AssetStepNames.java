package cn.sunledger.ledger.domain.model.asset;

import java.util.Map;

/** The Chinese names of the asset steps, for the 409 that says which step the asset's stage does not allow. */
final class AssetStepNames {

    private static final Map<String, String> NAMES = Map.of(
            "ownership", "确权",
            "handover", "移交",
            "handoverConfirmation", "接收确认",
            "operation", "运营",
            "operatorChange", "提出变更经营主体",
            "maintenance", "管护",
            "income", "收益入账",
            "status", "状态与四个一批",
            "disposal", "处置");

    private AssetStepNames() {
    }

    static String of(String step) {
        return NAMES.getOrDefault(step, step);
    }
}
