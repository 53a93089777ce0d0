package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.fund.ExportFormat;
import cn.sunledger.ledger.application.fund.FundExecution;
import cn.sunledger.ledger.application.fund.FundReports;
import cn.sunledger.ledger.application.fund.IndustryShare;
import cn.sunledger.ledger.application.fund.ManagementFeeCheck;
import cn.sunledger.ledger.application.fund.ProjectFunds;
import cn.sunledger.ledger.application.fund.ReportFile;
import cn.sunledger.ledger.application.fund.ReportKind;
import cn.sunledger.ledger.application.fund.ReportTargets;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.model.shared.Violation;
import cn.sunledger.web.interfaces.rest.dto.ReportTargetRequest;
import cn.sunledger.web.interfaces.rest.problem.Problems;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The fund ledger's reports (api.md GET /reports/…), every figure derived from journal lines: 资金执行进度, the
 * 产业发展 share of central 衔接资金, 项目管理费 against its cap, per-project funds; their XLSX/PDF exports; and the
 * targets they are measured against. Money is a string, rates are percentage strings.
 */
@Path("/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    FundReports reports;

    @Inject
    CurrentCaller caller;

    @Inject
    BeanChecks checks;

    @Context
    HttpHeaders headers;

    /** A report row: a source, a region (county or township) or a project, with money as strings. */
    public record ExecutionLineDto(String source, String sourceName, String regionCode, String regionName,
            Long projectId, String projectCode, String projectName, String allocated, String disbursed,
            String remaining, String executionRate) {
        static ExecutionLineDto of(FundExecution.Line l) {
            return new ExecutionLineDto(l.source() == null ? null : l.source().name(),
                    l.source() == null ? null : l.source().chineseName(), l.regionCode(), l.regionName(), l.projectId(),
                    l.projectCode(), l.projectName(), l.allocated().toString(), l.disbursed().toString(),
                    l.remaining().toString(), text(l.rate()));
        }
    }

    public record ExecutionDto(String regionCode, String regionName, int year, LocalDate asOf,
            List<ExecutionLineDto> bySource, List<ExecutionLineDto> byCounty, List<ExecutionLineDto> byTownship,
            List<ExecutionLineDto> byProject, ExecutionLineDto total) {
    }

    public record TargetsDto(Long id, int year, String industryShare, String centralFeeCap, String provincialFeeCap,
            String setFor, String setForName, boolean isDefault, String updatedBy, LocalDateTime updatedAt) {
        static TargetsDto of(ReportTargets t) {
            return new TargetsDto(t.id(), t.year(), text(t.industryShare()), text(t.centralFeeCap()), text(t.provincialFeeCap()),
                    t.setFor(), t.setForName(), t.isDefault(), t.updatedBy(), t.updatedAt());
        }
    }

    public record CategoryDto(String categoryCode, String categoryName, String allocated, String share) {
    }

    /** api.md: share of central 衔接资金 on 产业发展, target, belowTarget. */
    public record IndustryShareDto(String regionCode, String regionName, int year, LocalDate asOf, String industry,
            String total, String share, String target, boolean belowTarget, TargetsDto targets,
            List<CategoryDto> byCategory) {
    }

    public record FeeLineDto(String source, String sourceName, String base, String fee, String rate, String cap,
            String capAmount, boolean aboveCap) {
    }

    public record ManagementFeeDto(String regionCode, String regionName, int year, LocalDate asOf, boolean aboveCap,
            TargetsDto targets, List<FeeLineDto> lines) {
    }

    public record ProjectFundsLineDto(long projectId, String projectCode, String projectName, String source,
            String sourceName, String planned, String allocated, String disbursed) {
    }

    public record ProjectFundsDto(String regionCode, String regionName, int year, LocalDate asOf,
            List<ProjectFundsLineDto> items) {
    }

    /** 资金执行进度 of a region's projects for the fund documents of a year, as of a day (default today). */
    @GET
    @Path("fund-execution")
    public ExecutionDto fundExecution(@QueryParam("region") String region, @QueryParam("year") Integer year,
            @QueryParam("asOf") String asOf) {
        FundExecution r = reports.execution(caller.get(), region(region), year(year), asOf(asOf));
        return new ExecutionDto(r.regionCode(), r.regionName(), r.year(), r.asOf(), lines(r.bySource()),
                lines(r.byCounty()), lines(r.byTownship()), lines(r.byProject()), ExecutionLineDto.of(r.total()));
    }

    @GET
    @Path("industry-share")
    public IndustryShareDto industryShare(@QueryParam("region") String region, @QueryParam("year") Integer year,
            @QueryParam("asOf") String asOf) {
        IndustryShare r = reports.industryShare(caller.get(), region(region), year(year), asOf(asOf));
        return new IndustryShareDto(r.regionCode(), r.regionName(), r.year(), r.asOf(), r.industry().toString(),
                r.total().toString(), text(r.share()), text(r.target()), r.belowTarget(), TargetsDto.of(r.targets()),
                r.byCategory().stream().map(c -> new CategoryDto(c.categoryCode(), c.categoryName(),
                        c.allocated().toString(), text(c.share()))).toList());
    }

    @GET
    @Path("management-fee")
    public ManagementFeeDto managementFee(@QueryParam("region") String region, @QueryParam("year") Integer year,
            @QueryParam("asOf") String asOf) {
        ManagementFeeCheck r = reports.managementFee(caller.get(), region(region), year(year), asOf(asOf));
        return new ManagementFeeDto(r.regionCode(), r.regionName(), r.year(), r.asOf(), r.anyAboveCap(),
                TargetsDto.of(r.targets()), r.lines().stream().map(l -> new FeeLineDto(l.source().name(),
                        l.source().chineseName(), l.base().toString(), l.fee().toString(), text(l.rate()),
                        text(l.cap()), l.capAmount().toString(), l.aboveCap())).toList());
    }

    @GET
    @Path("project-funds")
    public ProjectFundsDto projectFunds(@QueryParam("region") String region, @QueryParam("year") Integer year,
            @QueryParam("asOf") String asOf) {
        ProjectFunds r = reports.projectFunds(caller.get(), region(region), year(year), asOf(asOf));
        return new ProjectFundsDto(r.regionCode(), r.regionName(), r.year(), r.asOf(), r.lines().stream()
                .map(l -> new ProjectFundsLineDto(l.projectId(), l.projectCode(), l.projectName(), l.source().name(),
                        l.source().chineseName(), money(l.planned()), money(l.allocated()), money(l.disbursed())))
                .toList());
    }

    /** The targets that apply to a region's year: its own, its prefecture's, or the defaults. */
    @GET
    @Path("targets")
    public TargetsDto targets(@QueryParam("region") String region, @QueryParam("year") Integer year) {
        return TargetsDto.of(reports.targets(caller.get(), region(region), year(year)));
    }

    @PUT
    @Path("targets")
    @Consumes(MediaType.APPLICATION_JSON)
    public TargetsDto setTargets(ReportTargetRequest body) {
        return TargetsDto.of(reports.setTargets(caller.get(), checks.valid(body, Problems.locale(headers)).toForm()));
    }

    /** A report as XLSX or PDF, with its Chinese file name (RFC 5987 filename*) and an ASCII fallback. */
    @GET
    @Path("{report}/export")
    @Produces({ "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf",
            MediaType.APPLICATION_JSON })
    public Response export(@PathParam("report") String report, @QueryParam("format") String format,
            @QueryParam("region") String region, @QueryParam("year") Integer year, @QueryParam("asOf") String asOf) {
        ReportKind kind = ReportKind.ofPath(report).orElseThrow(() -> LedgerException.notFound("fund.badReport", report));
        ExportFormat f = ExportFormat.of(format).orElseThrow(() -> LedgerException.invalid(List.of(
                Violation.ofField("format", "fund.badFormat"))));
        ReportFile file = reports.export(caller.get(), kind, f, region(region), year(year), asOf(asOf));
        return Response.ok(file.bytes(), file.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(file.asciiFileName(), file.fileName()))
                .build();
    }

    private static List<ExecutionLineDto> lines(List<FundExecution.Line> lines) {
        return lines.stream().map(ExecutionLineDto::of).toList();
    }

    private static String region(String region) {
        if (region == null || !region.matches("\\d{12}")) {
            throw LedgerException.invalid(List.of(Violation.ofField("region", "fund.regionRequired")));
        }
        return region;
    }

    private static int year(Integer year) {
        if (year == null || year < 2000 || year > 2100) {
            throw LedgerException.invalid(List.of(Violation.ofField("year", "fund.yearRequired")));
        }
        return year;
    }

    private static LocalDate asOf(String asOf) {
        try {
            return asOf == null || asOf.isBlank() ? null : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw LedgerException.invalid(List.of(Violation.ofField("asOf", "fund.badAsOf")));
        }
    }

    private static String text(BigDecimal percent) {
        return percent == null ? null : percent.toPlainString();
    }

    private static String money(Money m) {
        return m.toString();
    }
}
