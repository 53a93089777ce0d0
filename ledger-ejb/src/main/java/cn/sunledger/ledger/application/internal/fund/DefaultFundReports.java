package cn.sunledger.ledger.application.internal.fund;

import cn.sunledger.ledger.application.RegionDirectory;
import cn.sunledger.ledger.application.fund.ExportFormat;
import cn.sunledger.ledger.application.fund.FundExecution;
import cn.sunledger.ledger.application.fund.FundReports;
import cn.sunledger.ledger.application.fund.IndustryShare;
import cn.sunledger.ledger.application.fund.ManagementFeeCheck;
import cn.sunledger.ledger.application.fund.ProjectFunds;
import cn.sunledger.ledger.application.fund.ReportFile;
import cn.sunledger.ledger.application.fund.ReportKind;
import cn.sunledger.ledger.application.fund.ReportRates;
import cn.sunledger.ledger.application.fund.ReportTargetForm;
import cn.sunledger.ledger.application.fund.ReportTargets;
import cn.sunledger.ledger.domain.model.fund.ReportTarget;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.model.shared.Violation;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.audit.AuditActor;
import cn.sunledger.ledger.infrastructure.excel.TabularReportWorkbook;
import cn.sunledger.ledger.infrastructure.render.FundReportPdfRenderer;
import cn.sunledger.ledger.infrastructure.render.TabularReport;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fund reports: each reads the region's (source, project) sums once ({@link FundReportStore#flows}) and groups
 * them; the targets are the region's county's own, else its prefecture's, else the defaults.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultFundReports implements FundReports {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    FundReportStore store;

    @Inject
    RegionDirectory regions;

    @Inject
    BusinessClock clock;

    @Inject
    AuditActor auditActor;

    @Override
    public FundExecution execution(Caller caller, String regionCode, int year, LocalDate asOf) {
        RegionCode region = viewable(caller, regionCode);
        LocalDate day = day(asOf);
        FundFlows flows = store.flows(region, year, day);
        Set<String> codes = new HashSet<>();
        codes.add(region.value());
        flows.rows().forEach(r -> {
            codes.add(r.countyCode());
            codes.add(r.townshipCode());
        });
        Map<String, String> names = regions.names(caller, codes);
        return new FundExecution(region.value(), names.get(region.value()), year, day, flows.bySource(),
                flows.byRegion(FundFlows.Row::countyCode, names), flows.byRegion(FundFlows.Row::townshipCode, names),
                flows.byProject(), flows.total());
    }

    @Override
    public IndustryShare industryShare(Caller caller, String regionCode, int year, LocalDate asOf) {
        RegionCode region = viewable(caller, regionCode);
        LocalDate day = day(asOf);
        FundFlows flows = store.flows(region, year, day);
        ReportTargets targets = targetsOf(caller, region, year);
        Money industry = flows.allocated(FundSource.CENTRAL_LINKAGE, FundFlows::isIndustry);
        Money total = flows.allocated(FundSource.CENTRAL_LINKAGE, r -> true);
        boolean below = total.isPositive() && ReportRates.below(industry, total, targets.industryShare());
        return new IndustryShare(region.value(), name(caller, region), year, day, industry, total,
                ReportRates.share(industry, total), targets, below, flows.byCategory(FundSource.CENTRAL_LINKAGE));
    }

    @Override
    public ManagementFeeCheck managementFee(Caller caller, String regionCode, int year, LocalDate asOf) {
        RegionCode region = viewable(caller, regionCode);
        LocalDate day = day(asOf);
        FundFlows flows = store.flows(region, year, day);
        ReportTargets targets = targetsOf(caller, region, year);
        List<ManagementFeeCheck.Line> lines = List.of(
                fee(flows, FundSource.CENTRAL_LINKAGE, targets.centralFeeCap()),
                fee(flows, FundSource.PROVINCIAL_LINKAGE, targets.provincialFeeCap()));
        return new ManagementFeeCheck(region.value(), name(caller, region), year, day, targets, lines);
    }

    private static ManagementFeeCheck.Line fee(FundFlows flows, FundSource source, BigDecimal cap) {
        return ManagementFeeCheck.Line.of(source, flows.allocated(source, r -> true),
                flows.allocated(source, FundFlows::isManagementFee), cap);
    }

    @Override
    public ProjectFunds projectFunds(Caller caller, String regionCode, int year, LocalDate asOf) {
        RegionCode region = viewable(caller, regionCode);
        LocalDate day = day(asOf);
        String prefix = region.subtreePrefix();
        Map<String, ProjectFunds.Line> lines = new LinkedHashMap<>();
        for (FundReportStore.PlannedShare p : store.planned(prefix, year, day)) {
            lines.put(p.projectCode() + "|" + p.source(), new ProjectFunds.Line(p.projectId(), p.projectCode(),
                    p.projectName(), p.source(), p.amount(), Money.ZERO, Money.ZERO));
        }
        for (FundFlows.Row r : store.flows(region, year, day).rows()) {
            lines.merge(r.projectCode() + "|" + r.source(), new ProjectFunds.Line(r.projectId(), r.projectCode(),
                    r.projectName(), r.source(), Money.ZERO, r.allocated(), r.paid()),
                    (planned, moved) -> new ProjectFunds.Line(planned.projectId(), planned.projectCode(),
                            planned.projectName(), planned.source(), planned.planned(), moved.allocated(),
                            moved.disbursed()));
        }
        List<ProjectFunds.Line> sorted = new ArrayList<>(lines.values());
        sorted.sort(Comparator.comparing(ProjectFunds.Line::projectCode)
                .thenComparing(ProjectFunds.Line::source));
        return new ProjectFunds(region.value(), name(caller, region), year, day, sorted);
    }

    @Override
    public ReportTargets targets(Caller caller, String regionCode, int year) {
        return targetsOf(caller, viewable(caller, regionCode), year);
    }

    @Override
    @Transactional
    public ReportTargets setTargets(Caller caller, ReportTargetForm f) {
        List<Violation> wrong = new ArrayList<>();
        if (f.regionCode() == null || !RegionCode.isValid(f.regionCode())) {
            wrong.add(Violation.ofField("regionCode", "fund.regionRequired"));
        }
        if (f.year() < 2000 || f.year() > 2100) {
            wrong.add(Violation.ofField("year", "fund.yearRequired"));
        }
        percent(wrong, "industryShare", f.industryShare());
        percent(wrong, "centralFeeCap", f.centralFeeCap());
        percent(wrong, "provincialFeeCap", f.provincialFeeCap());
        if (!wrong.isEmpty()) {
            throw LedgerException.invalid(wrong);
        }
        RegionCode region = RegionCode.of(f.regionCode());
        if (region.level() != RegionLevel.COUNTY && region.level() != RegionLevel.PREFECTURE) {
            throw LedgerException.invalid(List.of(Violation.ofField("regionCode", "fund.targetRegionLevel",
                    f.regionCode())));
        }
        AccessPolicy.require(caller, Action.SET_REPORT_TARGETS, region);
        // the transaction-scoped actor must exist before commit: Envers stamps the revision with it then
        auditActor.set(caller.username(), caller.role().name());
        Optional<ReportTarget> own = store.ownTarget(region.value(), f.year());
        ReportTarget target = own.orElseGet(() -> new ReportTarget(region.value(), f.year()));
        target.set(scaled(f.industryShare()), scaled(f.centralFeeCap()), scaled(f.provincialFeeCap()),
                caller.username(), clock.preciseNow());
        if (own.isEmpty()) {
            store.add(target);
        }
        return view(caller, target);
    }

    @Override
    public ReportFile export(Caller caller, ReportKind report, ExportFormat format, String regionCode, int year,
            LocalDate asOf) {
        TabularReport table = switch (report) {
            case FUND_EXECUTION -> ReportTables.of(execution(caller, regionCode, year, asOf), clock.preciseNow());
            case INDUSTRY_SHARE -> ReportTables.of(industryShare(caller, regionCode, year, asOf), clock.preciseNow());
            case MANAGEMENT_FEE -> ReportTables.of(managementFee(caller, regionCode, year, asOf), clock.preciseNow());
            case PROJECT_FUNDS -> ReportTables.of(projectFunds(caller, regionCode, year, asOf), clock.preciseNow());
        };
        byte[] bytes = format == ExportFormat.XLSX ? TabularReportWorkbook.write(table, report.chineseTitle())
                : new FundReportPdfRenderer().render(table);
        LocalDate day = day(asOf);
        String regionName = name(caller, RegionCode.of(regionCode));
        String name = (regionName == null ? regionCode : regionName) + year + "年" + report.chineseTitle() + "（截至" + day
                + "）." + format.extension();
        String ascii = report.path() + "-" + regionCode + "-" + year + "-" + day + "." + format.extension();
        return new ReportFile(bytes, format.mediaType(), name, ascii);
    }

    /** The county's own targets, else the prefecture's, else the defaults. */
    private ReportTargets targetsOf(Caller caller, RegionCode region, int year) {
        List<String> candidates = new ArrayList<>();
        if (region.level().ordinal() >= RegionLevel.COUNTY.ordinal()) {
            candidates.add(region.ancestorAt(RegionLevel.COUNTY).value());
        }
        candidates.add(region.ancestorAt(RegionLevel.PREFECTURE).value());
        Map<String, ReportTarget> set = new LinkedHashMap<>();
        store.targets(year, candidates).forEach(t -> set.put(t.regionCode(), t));
        for (String code : candidates) {
            ReportTarget t = set.get(code);
            if (t != null) {
                return view(caller, t);
            }
        }
        return ReportTargets.defaults(year);
    }

    private ReportTargets view(Caller caller, ReportTarget t) {
        return new ReportTargets(t.id(), t.year(), t.industryShare(), t.centralFeeCap(), t.provincialFeeCap(), t.regionCode(),
                name(caller, RegionCode.of(t.regionCode())), t.updatedBy(), t.updatedAt());
    }

    private static void percent(List<Violation> wrong, String field, BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(HUNDRED) > 0
                || value.stripTrailingZeros().scale() > 2) {
            wrong.add(Violation.ofField(field, "fund.badPercent"));
        }
    }

    private static BigDecimal scaled(BigDecimal percent) {
        return percent.setScale(2);
    }

    private static RegionCode viewable(Caller caller, String regionCode) {
        if (regionCode == null || !RegionCode.isValid(regionCode) || regionCode.length() != 12) {
            throw LedgerException.invalid(List.of(Violation.ofField("region", "fund.regionRequired")));
        }
        RegionCode region = RegionCode.of(regionCode);
        AccessPolicy.require(caller, Action.VIEW_FUNDS, region);
        return region;
    }

    private String name(Caller caller, RegionCode region) {
        return regions.names(caller, List.of(region.value())).get(region.value());
    }

    private LocalDate day(LocalDate asOf) {
        return asOf == null ? clock.today() : asOf;
    }
}
