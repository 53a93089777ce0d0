package cn.sunledger.ledger.domain.model.project;

import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.PersonalDataMasker;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A project of the library (domain.md §3). It is written while a DRAFT, then climbs the approval chain by
 * {@link ProjectAction}s; each step yields a {@link ProjectTransition}. The rules about the record itself
 * (where it lies, money, months, what a declarable project must carry) are enforced here.
 */
@Entity
@Table(name = "project")
@Audited
public class Project {

    public static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 20)
    private String code;

    @Column(name = "year", nullable = false)
    private int year;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    /** The name as the portal shows it: masked once here, so the portal reads nothing that did not pass the masker. */
    @NotAudited
    @Column(name = "public_name", nullable = false, length = 200)
    private String publicName;

    @Column(name = "category_code", nullable = false, length = 20)
    private String categoryCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "nature", nullable = false, length = 20)
    private Nature nature;

    @Column(name = "village_code", nullable = false, length = 15)
    private String villageCode;

    @Column(name = "township_code", nullable = false, length = 15)
    private String townshipCode;

    @Column(name = "county_code", nullable = false, length = 15)
    private String countyCode;

    @Column(name = "content", nullable = false)
    private String content;

    @Column(name = "scale_quantity", precision = 18, scale = 2)
    private BigDecimal scaleQuantity;

    @Column(name = "scale_unit", length = 20)
    private String scaleUnit;

    @Column(name = "start_month", nullable = false, length = 7)
    private String startMonth;

    @Column(name = "end_month", nullable = false, length = 7)
    private String endMonth;

    @Column(name = "implementing_unit", nullable = false, length = 200)
    private String implementingUnit;

    @Column(name = "responsible_person", nullable = false, length = 100)
    private String responsiblePerson;

    @Column(name = "households", nullable = false)
    private int households;

    @Column(name = "people", nullable = false)
    private int people;

    @Column(name = "alleviated_households", nullable = false)
    private int alleviatedHouseholds;

    @Column(name = "alleviated_people", nullable = false)
    private int alleviatedPeople;

    @Column(name = "monitored_households", nullable = false)
    private int monitoredHouseholds;

    @Column(name = "monitored_people", nullable = false)
    private int monitoredPeople;

    @Enumerated(EnumType.STRING)
    @Column(name = "linkage_type", length = 30)
    private LinkageType linkageType;

    @Column(name = "linkage_description", length = 1000)
    private String linkageDescription;

    @Column(name = "supervising_unit", length = 200)
    private String supervisingUnit;

    @Column(name = "emergency", nullable = false)
    private boolean emergency;

    @Column(name = "late_notice_required", nullable = false)
    private boolean lateNoticeRequired;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private ProjectStatus status = ProjectStatus.DRAFT;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @ElementCollection
    @CollectionTable(name = "project_natural_village", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "natural_village_code", length = 15)
    private Set<String> naturalVillageCodes = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "project_fund_share", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "seq")
    private List<FundShare> fundShares = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_indicator", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "seq")
    private List<Indicator> indicators = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Project() {
    }

    /** A new DRAFT. Its number is assigned by {@link #number} once the county's sequence is drawn. */
    public Project(ProjectDetails details, String createdBy, LocalDateTime createdAt) {
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
        apply(details);
    }

    /** Editing is for drafts only (a returned project is a draft again). The county cannot change. */
    public void revise(ProjectDetails details) {
        if (status != ProjectStatus.DRAFT) {
            throw LedgerException.conflict("project.notDraft", code, status.name());
        }
        String county = countyCode;
        int oldYear = year;
        apply(details);
        if (!countyCode.equals(county) || year != oldYear) {
            throw LedgerException.rule("project.countyOrYearFixed", code);
        }
    }

    /** The code {@code year-county6-seq}, e.g. 2026-532922-0001; set once. */
    public void number(int sequence) {
        if (code != null) {
            throw new IllegalStateException("project already numbered: " + code);
        }
        this.code = format(year, RegionCode.of(countyCode), sequence);
    }

    public static String format(int year, RegionCode county, int sequence) {
        return year + "-" + county.value().substring(0, 6) + "-" + String.format("%04d", sequence);
    }

    /** The village all the given natural villages belong to; refuses an empty list or several villages. */
    public static RegionCode villageOf(List<RegionCode> naturalVillages) {
        if (naturalVillages == null || naturalVillages.isEmpty()) {
            throw LedgerException.rule("project.placeRequired");
        }
        Set<String> villages = new TreeSet<>();
        for (RegionCode nv : naturalVillages) {
            if (nv.level() != RegionLevel.NATURAL_VILLAGE) {
                throw LedgerException.rule("project.notNaturalVillage", nv.value());
            }
            villages.add(nv.ancestorAt(RegionLevel.VILLAGE).value());
        }
        if (villages.size() > 1) {
            throw LedgerException.rule("project.severalVillages", String.join(", ", villages));
        }
        return RegionCode.of(villages.iterator().next());
    }

    /** The record's own rules on what an author wrote; returns the village its natural villages belong to. */
    private static RegionCode validated(ProjectDetails d) {
        RegionCode village = villageOf(d.naturalVillages());
        if (d.year() < 2000 || d.year() > 2100) {
            throw LedgerException.rule("project.badYear", String.valueOf(d.year()));
        }
        if (blank(d.name()) || d.name().trim().length() > MAX_NAME) {
            throw LedgerException.rule("project.nameRequired");
        }
        if (d.startMonth() == null || d.endMonth() == null || d.startMonth().isAfter(d.endMonth())) {
            throw LedgerException.rule("project.monthsOutOfOrder", String.valueOf(d.startMonth()),
                    String.valueOf(d.endMonth()));
        }
        if (d.plannedInvestment().isEmpty()) {
            throw LedgerException.rule("project.investmentRequired");
        }
        Set<FundSource> sources = EnumSet.noneOf(FundSource.class);
        for (FundShare share : d.plannedInvestment()) {
            if (share.amount().signum() < 0 || share.amount().stripTrailingZeros().scale() > 2) {
                throw LedgerException.rule("project.badAmount", share.amount().toPlainString());
            }
            if (!sources.add(share.source())) {
                throw LedgerException.rule("project.sourceTwice", share.source().name());
            }
        }
        if (d.scaleQuantity() != null && (d.scaleQuantity().signum() < 0
                || d.scaleQuantity().stripTrailingZeros().scale() > 2)) {
            throw LedgerException.rule("project.badScale", d.scaleQuantity().toPlainString());
        }
        if (!d.beneficiaries().consistent()) {
            throw LedgerException.rule("project.beneficiariesInconsistent");
        }
        if (d.linkageType() == LinkageType.OTHER && blank(d.linkageDescription())) {
            throw LedgerException.rule("project.linkageDescriptionRequired");
        }
        return village;
    }

    private void apply(ProjectDetails d) {
        RegionCode village = validated(d);
        this.year = d.year();
        this.name = d.name().trim();
        this.publicName = PersonalDataMasker.maskText(this.name);
        this.categoryCode = Objects.requireNonNull(d.categoryCode());
        this.nature = Objects.requireNonNull(d.nature());
        this.villageCode = village.value();
        this.townshipCode = village.ancestorAt(RegionLevel.TOWNSHIP).value();
        this.countyCode = village.ancestorAt(RegionLevel.COUNTY).value();
        this.content = Objects.requireNonNull(d.content()).trim();
        this.scaleQuantity = d.scaleQuantity() == null ? null : d.scaleQuantity().setScale(2);
        this.scaleUnit = blankToNull(d.scaleUnit());
        this.startMonth = d.startMonth().toString();
        this.endMonth = d.endMonth().toString();
        this.implementingUnit = Objects.requireNonNull(d.implementingUnit()).trim();
        this.responsiblePerson = Objects.requireNonNull(d.responsiblePerson()).trim();
        Beneficiaries b = d.beneficiaries();
        this.households = b.households();
        this.people = b.people();
        this.alleviatedHouseholds = b.alleviatedHouseholds();
        this.alleviatedPeople = b.alleviatedPeople();
        this.monitoredHouseholds = b.monitoredHouseholds();
        this.monitoredPeople = b.monitoredPeople();
        this.linkageType = d.linkageType();
        this.linkageDescription = blankToNull(d.linkageDescription());
        this.supervisingUnit = blankToNull(d.supervisingUnit());
        this.emergency = d.emergency();
        // 突发急需: the village and township notices are published afterwards (补公示)
        this.lateNoticeRequired = d.emergency();
        naturalVillageCodes.clear();
        d.naturalVillages().forEach(nv -> naturalVillageCodes.add(nv.value()));
        fundShares.clear();
        d.plannedInvestment().forEach(s -> fundShares.add(new FundShare(s.source(), s.amount().setScale(2))));
        indicators.clear();
        indicators.addAll(d.indicators());
    }

    /**
     * Takes {@code action} from the current status, recording who, when and why. The caller has checked the
     * access policy and the notice gate; this checks the status machine and the record's own rules.
     */
    public ProjectTransition take(ProjectAction action, String actor, String role, LocalDateTime at, String opinion,
            String decisionRef, LocalDate decidedOn) {
        if (action == ProjectAction.ADJUST || action == ProjectAction.ROLL_OVER) {
            throw new IllegalArgumentException(action + " changes the record: use adjust or rollOver");
        }
        requireAllowed(action);
        if ((action == ProjectAction.RETURN || action == ProjectAction.REMOVE) && blank(opinion)) {
            throw LedgerException.invalid(action == ProjectAction.RETURN ? "project.returnOpinionRequired"
                    : "project.removeReasonRequired");
        }
        if (action == ProjectAction.SUBMIT && blank(decisionRef)) {
            throw LedgerException.invalid("project.meetingDecisionRequired");
        }
        if (action == ProjectAction.SUBMIT || action == ProjectAction.DECLARE) {
            requireDeclarable();
        }
        if (action == ProjectAction.SUBMIT && (decidedOn == null || decidedOn.isAfter(at.toLocalDate()))) {
            // the village notice quotes the meeting, so its date is evidence: required, and not in the future
            throw LedgerException.invalid("project.meetingDateRequired");
        }
        if (action == ProjectAction.ACCEPT && decidedOn != null && decidedOn.isAfter(at.toLocalDate())) {
            // the acceptance's date is the earliest an asset of the project may be formed: not a day to come
            throw LedgerException.invalid("project.acceptanceDateInFuture");
        }
        ProjectStatus from = status;
        status = action.resultFrom(from);
        return new ProjectTransition(id, action, from, status, actor, role, at, blankToNull(opinion),
                blankToNull(decisionRef), decidedOn, year);
    }

    /**
     * Checks a proposed adjustment (调整) of a library project without changing anything: the status allows it,
     * the record obeys its rules, county and year stay, the emergency flag stays (it decided which notices were
     * skipped), and it still carries what a declared project must (绩效目标, 联农带农).
     */
    public void requireAdjustable(ProjectDetails proposed) {
        requireAllowed(ProjectAction.ADJUST);
        RegionCode village = validated(proposed);
        if (proposed.year() != year || !village.ancestorAt(RegionLevel.COUNTY).value().equals(countyCode)) {
            throw LedgerException.rule("project.countyOrYearFixed", code);
        }
        if (proposed.emergency() != emergency) {
            throw LedgerException.rule("project.emergencyFixed", code);
        }
        if (proposed.indicators().isEmpty()) {
            throw LedgerException.rule("project.indicatorsRequired", code);
        }
        if (proposed.linkageType() == null || blank(proposed.linkageDescription())) {
            throw LedgerException.rule("project.linkageRequired", code);
        }
    }

    /** Applies an approved adjustment: the record changes, the status stays; the step is recorded as ADJUST. */
    public ProjectTransition adjust(ProjectDetails approved, String actor, String role, LocalDateTime at,
            String opinion, String decisionRef, LocalDate decidedOn) {
        requireAdjustable(approved);
        boolean late = lateNoticeRequired;
        apply(approved);
        lateNoticeRequired = late;
        return new ProjectTransition(id, ProjectAction.ADJUST, status, status, actor, role, at, blankToNull(opinion),
                blankToNull(decisionRef), decidedOn, year);
    }

    /**
     * 结转: a library or planned project with nothing allocated moves to next year's library (IN_LIBRARY of
     * year + 1), keeping its code. The opinion says why; {@code allocated} is what the fund ledger has
     * allocated to it.
     */
    public ProjectTransition rollOver(BigDecimal allocated, String actor, String role, LocalDateTime at, String opinion,
            String decisionRef, LocalDate decidedOn) {
        requireAllowed(ProjectAction.ROLL_OVER);
        if (blank(opinion)) {
            throw LedgerException.invalid("project.rollOverOpinionRequired");
        }
        if (allocated != null && allocated.signum() > 0) {
            throw LedgerException.rule("project.rollOverAllocated", code, allocated.setScale(2).toPlainString());
        }
        ProjectStatus from = status;
        int fromYear = year;
        status = ProjectAction.ROLL_OVER.resultFrom(from);
        year = year + 1;
        return new ProjectTransition(id, ProjectAction.ROLL_OVER, from, status, actor, role, at, opinion.trim(),
                blankToNull(decisionRef), decidedOn, fromYear);
    }

    /** 409 unless the status machine allows {@code action} now. */
    public void requireAllowed(ProjectAction action) {
        if (!action.allowedFrom(status)) {
            throw LedgerException.conflict("project.actionNotAllowed", action.pathName(), status.name(),
                    status.chineseName());
        }
    }

    /** A project cannot be declared without 绩效目标 and a 联农带农 mechanism (domain.md §3). */
    public void requireDeclarable() {
        if (indicators.isEmpty()) {
            throw LedgerException.rule("project.indicatorsRequired", code);
        }
        if (linkageType == null || blank(linkageDescription)) {
            throw LedgerException.rule("project.linkageRequired", code);
        }
    }

    public BigDecimal totalInvestment() {
        return fundShares.stream().map(FundShare::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.trim();
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public int year() {
        return year;
    }

    public String name() {
        return name;
    }

    public String publicName() {
        return publicName;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public Nature nature() {
        return nature;
    }

    public RegionCode village() {
        return RegionCode.of(villageCode);
    }

    public RegionCode township() {
        return RegionCode.of(townshipCode);
    }

    public RegionCode county() {
        return RegionCode.of(countyCode);
    }

    public List<RegionCode> naturalVillages() {
        return naturalVillageCodes.stream().map(RegionCode::of).collect(Collectors.toList());
    }

    public String content() {
        return content;
    }

    public BigDecimal scaleQuantity() {
        return scaleQuantity;
    }

    public String scaleUnit() {
        return scaleUnit;
    }

    public YearMonth startMonth() {
        return YearMonth.parse(startMonth);
    }

    public YearMonth endMonth() {
        return YearMonth.parse(endMonth);
    }

    public String implementingUnit() {
        return implementingUnit;
    }

    public String responsiblePerson() {
        return responsiblePerson;
    }

    public Beneficiaries beneficiaries() {
        return new Beneficiaries(households, people, alleviatedHouseholds, alleviatedPeople, monitoredHouseholds,
                monitoredPeople);
    }

    public List<FundShare> plannedInvestment() {
        return List.copyOf(fundShares);
    }

    public List<Indicator> indicators() {
        return List.copyOf(indicators);
    }

    public LinkageType linkageType() {
        return linkageType;
    }

    public String linkageDescription() {
        return linkageDescription;
    }

    public String supervisingUnit() {
        return supervisingUnit;
    }

    public boolean isEmergency() {
        return emergency;
    }

    public boolean lateNoticeRequired() {
        return lateNoticeRequired;
    }

    public ProjectStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
