package cn.sunledger.ledger.domain.model.notice;

import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A notice from draft to publication. While a draft it is re-rendered from the ledger data each time it is
 * previewed; once published its renditions are frozen elsewhere (the insert-only publication tables) and
 * this record only moves on to SUPERSEDED. The rules of the notice period live here.
 */
@Entity
@Table(name = "notice")
public class Notice {

    /** Notices with a period stay up at least this many days, counting the first and the last (domain.md §7). */
    public static final int MIN_PERIOD_DAYS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "type", nullable = false, length = 40)
    private String type;

    @Column(name = "subject_id", nullable = false, length = 64)
    private String subjectId;

    @Column(name = "issuer_region_code", nullable = false, length = 15)
    private String issuerRegionCode;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private NoticeStatus status = NoticeStatus.DRAFT;

    @Column(name = "notice_no", length = 40)
    private String noticeNo;

    @Column(name = "supersedes_id")
    private Long supersedesId;

    @Column(name = "superseded_by_id")
    private Long supersededById;

    @Column(name = "supersede_reason", length = 500)
    private String supersedeReason;

    @Column(name = "late", nullable = false)
    private boolean late;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "published_by", length = 64)
    private String publishedBy;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "notice_region", joinColumns = @JoinColumn(name = "notice_id"))
    @Column(name = "region_code", length = 15)
    private Set<String> regionCodes = new TreeSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Notice() {
    }

    public Notice(String type, String subjectId, RegionCode issuerRegion, String title, Set<RegionCode> regions,
            LocalDate periodStart, LocalDate periodEnd, boolean periodRequired, String createdBy,
            LocalDateTime createdAt) {
        this.type = Objects.requireNonNull(type);
        this.subjectId = Objects.requireNonNull(subjectId);
        this.issuerRegionCode = issuerRegion.value();
        this.title = title;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        postTo(regions);
        setPeriod(periodStart, periodEnd, periodRequired);
    }

    /** A correction: a new draft of the same subject that will supersede {@code original} when published. */
    public static Notice correcting(Notice original, String reason, Set<RegionCode> regions, LocalDate periodStart,
            LocalDate periodEnd, boolean periodRequired, String createdBy, LocalDateTime createdAt) {
        if (original.status != NoticeStatus.PUBLISHED) {
            throw LedgerException.conflict("notice.supersedeNotPublished", original.id);
        }
        if (original.supersededById != null) {
            throw LedgerException.conflict("notice.alreadySuperseded", original.noticeNo);
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw LedgerException.invalid("notice.reasonRequired");
        }
        Notice draft = new Notice(original.type, original.subjectId, original.issuerRegion(), original.title, regions,
                periodStart, periodEnd, periodRequired, createdBy, createdAt);
        draft.supersedesId = original.id;
        draft.supersedeReason = reason.trim();
        return draft;
    }

    private void postTo(Set<RegionCode> regions) {
        if (regions == null || regions.isEmpty()) {
            throw LedgerException.invalid("notice.regionsRequired");
        }
        RegionCode issuer = issuerRegion();
        regionCodes.clear();
        for (RegionCode r : regions) {
            if (!issuer.contains(r)) {
                throw LedgerException.rule("notice.regionOutsideIssuer", r.value(), issuer.value());
            }
            regionCodes.add(r.value());
        }
    }

    private void setPeriod(LocalDate start, LocalDate end, boolean required) {
        if (!required) {
            if (start != null || end != null) {
                throw LedgerException.invalid("notice.periodNotApplicable");
            }
            return;
        }
        if (start == null || end == null) {
            throw LedgerException.invalid("notice.periodRequired");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 < MIN_PERIOD_DAYS) {
            throw LedgerException.rule("notice.periodTooShort", MIN_PERIOD_DAYS, start.toString(), end.toString());
        }
        // a period longer than a year is a typing error (2027 for 2026): the notice would sit unsettled for years
        if (end.isAfter(start.plusYears(1).minusDays(1))) {
            throw LedgerException.invalid(List.of(Violation.ofField("periodEnd", "notice.periodTooLong",
                    start.toString(), end.toString())));
        }
        this.periodStart = start;
        this.periodEnd = end;
    }

    /** Publishing: the draft gets its number and is frozen. A title can still change until this moment. */
    public void publish(String number, String title, String by, LocalDateTime at, boolean afterTheFact) {
        if (status != NoticeStatus.DRAFT) {
            throw LedgerException.conflict("notice.notDraft", noticeNo);
        }
        this.noticeNo = Objects.requireNonNull(number);
        this.title = title;
        this.publishedBy = by;
        this.publishedAt = at;
        this.late = afterTheFact;
        this.status = NoticeStatus.PUBLISHED;
    }

    public void supersededBy(Notice correction) {
        if (status != NoticeStatus.PUBLISHED) {
            throw LedgerException.conflict("notice.supersedeNotPublished", id);
        }
        this.status = NoticeStatus.SUPERSEDED;
        this.supersededById = correction.id;
    }

    /**
     * The days this published notice was verifiably public, given its earliest board posting with a photo
     * (null if none); null for a notice without a period or a draft.
     */
    public VerifiedPeriod verifiedPeriod(LocalDate boardPostedOn) {
        if (periodEnd == null || publishedAt == null) {
            return null;
        }
        return VerifiedPeriod.of(periodStart, periodEnd, publishedAt.toLocalDate(), boardPostedOn);
    }

    /** The period has run out by {@code day} (a notice without a period never blocks anything). */
    public boolean periodOverBy(LocalDate day) {
        return periodEnd == null || day.isAfter(periodEnd);
    }

    public boolean isPublished() {
        return status != NoticeStatus.DRAFT;
    }

    public Long id() {
        return id;
    }

    public String type() {
        return type;
    }

    public String subjectId() {
        return subjectId;
    }

    public RegionCode issuerRegion() {
        return RegionCode.of(issuerRegionCode);
    }

    public String title() {
        return title;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public NoticeStatus status() {
        return status;
    }

    public String noticeNo() {
        return noticeNo;
    }

    public Long supersedesId() {
        return supersedesId;
    }

    public Long supersededById() {
        return supersededById;
    }

    public String supersedeReason() {
        return supersedeReason;
    }

    public boolean isLate() {
        return late;
    }

    public String createdBy() {
        return createdBy;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public LocalDateTime publishedAt() {
        return publishedAt;
    }

    /** In code order (prefecture, counties, … natural villages), so every rendition lists places the same way. */
    public List<RegionCode> regions() {
        return regionCodes.stream().sorted().map(RegionCode::of).toList();
    }
}
