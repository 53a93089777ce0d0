package cn.sunledger.ledger.domain.model.asset;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * 移交书: the document by which the implementing unit hands an asset to its owner — asset list, 验收 report
 * reference, archive list, handover date and 入账 date — signed by the implementing side when it is recorded and
 * confirmed (接收确认) by the receiving owner afterwards. The asset is handed over only once both have signed.
 */
public final class Handover {

    private Long id;
    private final String fromUnit;
    private final String toOwner;
    private final String assetList;
    private final String acceptanceReportRef;
    private final String archiveList;
    private final LocalDate handedOverOn;
    private final LocalDate bookedOn;
    private final String signedBy;
    private final LocalDateTime signedAt;
    private String confirmedBy;
    private LocalDate confirmedOn;
    private LocalDateTime confirmedAt;
    private boolean confirmedNow;

    public Handover(Long id, String fromUnit, String toOwner, String assetList, String acceptanceReportRef,
            String archiveList, LocalDate handedOverOn, LocalDate bookedOn, String signedBy, LocalDateTime signedAt,
            String confirmedBy, LocalDate confirmedOn, LocalDateTime confirmedAt) {
        this.id = id;
        this.fromUnit = fromUnit;
        this.toOwner = toOwner;
        this.assetList = assetList;
        this.acceptanceReportRef = acceptanceReportRef;
        this.archiveList = archiveList;
        this.handedOverOn = handedOverOn;
        this.bookedOn = bookedOn;
        this.signedBy = signedBy;
        this.signedAt = signedAt;
        this.confirmedBy = confirmedBy;
        this.confirmedOn = confirmedOn;
        this.confirmedAt = confirmedAt;
    }

    void confirm(String by, LocalDate on, LocalDateTime at) {
        this.confirmedBy = by;
        this.confirmedOn = on;
        this.confirmedAt = at;
        this.confirmedNow = true;
    }

    public boolean isConfirmed() {
        return confirmedBy != null;
    }

    /** Stored yet? (The store inserts a new one and gives it its id.) */
    public boolean isNew() {
        return id == null;
    }

    /** Was it confirmed by the step being saved? */
    public boolean confirmedNow() {
        return confirmedNow;
    }

    public void stored(long id) {
        this.id = id;
    }

    public Long id() {
        return id;
    }

    public String fromUnit() {
        return fromUnit;
    }

    public String toOwner() {
        return toOwner;
    }

    public String assetList() {
        return assetList;
    }

    public String acceptanceReportRef() {
        return acceptanceReportRef;
    }

    public String archiveList() {
        return archiveList;
    }

    public LocalDate handedOverOn() {
        return handedOverOn;
    }

    public LocalDate bookedOn() {
        return bookedOn;
    }

    public String signedBy() {
        return signedBy;
    }

    public LocalDateTime signedAt() {
        return signedAt;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    public LocalDate confirmedOn() {
        return confirmedOn;
    }

    public LocalDateTime confirmedAt() {
        return confirmedAt;
    }
}
