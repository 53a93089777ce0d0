package cn.sunledger.ledger.domain.model.asset;

/**
 * Where an asset stands in its life (domain.md §5): 登记 → 确权 → 移交 (signed by the implementing side, then
 * confirmed by the receiving owner) → operated and maintained → optionally disposed. Operation, upkeep, status and
 * disposal are open only to a handed-over asset; nothing is open to a disposed one.
 */
public enum AssetStage {
    REGISTERED("已登记"),
    OWNERSHIP_CONFIRMED("已确权"),
    HANDOVER_SIGNED("移交待接收"),
    HANDED_OVER("已移交"),
    DISPOSED("已处置");

    private final String chineseName;

    AssetStage(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
