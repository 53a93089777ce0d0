package cn.sunledger.ledger.domain.model.asset;

import java.util.Arrays;
import java.util.Optional;

/**
 * The steps of a disposal's chain (api.md: {@code …/disposals/{d}/actions/{action}}): 村民代表大会 → 乡镇审核 → 县农业农村
 * and 财政 → completion; {@code return} ends a disposal that is still open. Each step may be taken only from the
 * status it names (409 otherwise); who may take it is AccessPolicy's row for {@link #action()}.
 */
public enum DisposalStep {
    VILLAGE_APPROVE("village-approve", DisposalStatus.PROPOSED),
    TOWNSHIP_APPROVE("township-approve", DisposalStatus.VILLAGE_APPROVED),
    COUNTY_APPROVE("county-approve", DisposalStatus.TOWNSHIP_APPROVED),
    COMPLETE("complete", DisposalStatus.COUNTY_APPROVED),
    RETURN("return", null);

    private final String path;
    private final DisposalStatus from;

    DisposalStep(String path, DisposalStatus from) {
        this.path = path;
        this.from = from;
    }

    public String path() {
        return path;
    }

    /** The status the step is taken from; null for {@link #RETURN}, which any open disposal allows. */
    public DisposalStatus from() {
        return from;
    }

    public boolean allowedFrom(DisposalStatus status) {
        return from == null ? status.isOpen() : from == status;
    }

    public static Optional<DisposalStep> ofPath(String path) {
        return Arrays.stream(values()).filter(s -> s.path.equals(path)).findFirst();
    }
}
