package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.fund.FundLedger;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import cn.sunledger.web.interfaces.rest.dto.FundDtos.ChainCheckDto;
import cn.sunledger.web.interfaces.rest.dto.FundDtos.EntryDto;
import cn.sunledger.web.interfaces.rest.dto.FundDtos.PeriodCloseDto;
import cn.sunledger.web.interfaces.rest.dto.FundDtos.PostingDto;
import cn.sunledger.web.interfaces.rest.dto.FundRequests;
import cn.sunledger.web.interfaces.rest.dto.ListPage;
import cn.sunledger.web.interfaces.rest.dto.PeriodStatusDto;
import cn.sunledger.web.interfaces.rest.problem.Problems;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The journal (api.md): entries, 红字冲销, period closing and the chain check. */
@Path("/journal")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JournalResource {

    @Inject
    FundLedger ledger;

    @Inject
    CurrentCaller caller;

    @Inject
    BeanChecks checks;

    @Context
    HttpHeaders headers;

    @POST
    @Path("{entryNo}/reversal")
    public Response reverse(@HeaderParam(IdempotencyKeys.HEADER) String key, @PathParam("entryNo") String entryNo,
            FundRequests.Reversal body) {
        String reason = checks.valid(body, Problems.locale(headers)).reason.strip();
        return created(PostingDto.of(ledger.reverse(caller.get(), entryNo, reason,
                IdempotencyKeys.from(key, "reversal", entryNo + "\n" + reason))));
    }

    @GET
        public ListPage<EntryDto> journal(@QueryParam("region") String region, @QueryParam("year") Integer year) {
        if (region == null || !region.matches("\\d{12}")) {
            throw LedgerException.invalid(List.of(Violation.ofField("region", "fund.regionRequired")));
        }
        if (year == null || year < 2000 || year > 2100) {
            throw LedgerException.invalid(List.of(Violation.ofField("year", "fund.yearRequired")));
        }
        return ListPage.of(ledger.journal(caller.get(), region, year).stream().map(EntryDto::of).toList());
    }

    @POST
    @Path("periods/close")
    public PeriodCloseDto closePeriod(FundRequests.PeriodClose body) {
        FundRequests.PeriodClose b = checks.valid(body, Problems.locale(headers));
        return PeriodCloseDto.of(ledger.closePeriod(caller.get(), b.regionCode, b.period));
    }

    @GET
    @Path("periods")
    public ListPage<PeriodStatusDto> periods(@QueryParam("region") String region, @QueryParam("year") Integer year) {
        if (region == null || !region.matches("\\d{12}")) {
            throw LedgerException.invalid(List.of(Violation.ofField("region", "fund.regionRequired")));
        }
        if (year == null || year < 2000 || year > 2100) {
            throw LedgerException.invalid(List.of(Violation.ofField("year", "fund.yearRequired")));
        }
        return ListPage.of(ledger.periods(caller.get(), region, year).stream().map(PeriodStatusDto::of).toList());
    }

    @GET
    @Path("verify")
    public ChainCheckDto verify(@QueryParam("region") String region) {
        if (region == null || !region.matches("\\d{12}")) {
            throw LedgerException.invalid(List.of(Violation.ofField("region", "fund.regionRequired")));
        }
        return ChainCheckDto.of(ledger.verifyChain(caller.get(), region));
    }

    private static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }
}
