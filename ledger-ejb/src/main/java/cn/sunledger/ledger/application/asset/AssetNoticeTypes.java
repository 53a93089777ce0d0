package cn.sunledger.ledger.application.asset;

/**
 * The asset register's notice types (api.md codes): 资产确权移交公示, about an asset (subject: the asset's id), and
 * 资产处置公示, about one disposal of it (subject: the disposal's id), which its completion waits for; and
 * 资产经营主体变更公示, about one proposed change of operator (subject: {@code <asset id>-<event seq>} of the proposal),
 * which the new operator waits for.
 */
public final class AssetNoticeTypes {

    public static final String HANDOVER = "ASSET_HANDOVER";
    public static final String DISPOSAL = "ASSET_DISPOSAL";
    public static final String OPERATOR_CHANGE = "ASSET_OPERATOR_CHANGE";

    /** The subject of an operator change's notice: the asset and the seq of the event that proposed it. */
    public static String operatorChangeSubject(long assetId, int proposalSeq) {
        return assetId + "-" + proposalSeq;
    }

    private AssetNoticeTypes() {
    }
}
