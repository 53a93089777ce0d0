package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.fund.FundExecution;
import cn.sunledger.ledger.application.fund.FundLedger;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The fund ledger's reports (api.md GET /reports/…), every figure derived from journal lines. */
@Path("/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    FundLedger ledger;

    @Inject
    CurrentCaller caller;

    /** A report row with money as strings and the rate as a percentage string (null when nothing is allocated). */
    public record ExecutionLineDto(String source, String sourceName, Long projectId, String projectCode,
            String projectName, String allocated, String disbursed, String remaining, String executionRate) {
        static ExecutionLineDto of(FundExecution.Line l) {
            return new ExecutionLineDto(l.source() == null ? null : l.source().name(),
                    l.source() == null ? null : l.source().chineseName(), l.projectId(), l.projectCode(),
                    l.projectName(), l.allocated().toString(), l.disbursed().toString(), l.remaining().toString(),
                    l.rate() == null ? null : l.rate().toPlainString());
        }
    }

    public record ExecutionDto(String regionCode, int year, LocalDate asOf, List<ExecutionLineDto> bySource,
            List<ExecutionLineDto> byProject, ExecutionLineDto total) {
    }

    /** 资金执行进度 of a region's projects for the fund documents of a year, as of a day (default today). */
    @GET
    @Path("fund-execution")
    public ExecutionDto fundExecution(@QueryParam("region") String region, @QueryParam("year") Integer year,
            @QueryParam("asOf") String asOf) {
        if (region == null || !region.matches("\\d{12}")) {
            throw LedgerException.invalid(List.of(Violation.ofField("region", "fund.regionRequired")));
        }
        if (year == null || year < 2000 || year > 2100) {
            throw LedgerException.invalid(List.of(Violation.ofField("year", "fund.yearRequired")));
        }
        LocalDate day;
        try {
            day = asOf == null ? null : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw LedgerException.invalid(List.of(Violation.ofField("asOf", "fund.badAsOf")));
        }
        FundExecution report = ledger.execution(caller.get(), region, year, day);
        return new ExecutionDto(report.regionCode(), report.year(), report.asOf(),
                report.bySource().stream().map(ExecutionLineDto::of).toList(),
                report.byProject().stream().map(ExecutionLineDto::of).toList(), ExecutionLineDto.of(report.total()));
    }
}
