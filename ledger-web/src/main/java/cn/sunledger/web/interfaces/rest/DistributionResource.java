package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.distribution.Distributions;
import cn.sunledger.ledger.application.distribution.PaymentBatch;
import cn.sunledger.ledger.application.fund.Posting;
import cn.sunledger.ledger.domain.model.distribution.PlanAction;
import cn.sunledger.ledger.domain.model.distribution.PlanStatus;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import cn.sunledger.web.interfaces.rest.dto.DistributionDtos.PaidDto;
import cn.sunledger.web.interfaces.rest.dto.DistributionDtos.PlanDto;
import cn.sunledger.web.interfaces.rest.dto.DistributionDtos.SummaryDto;
import cn.sunledger.web.interfaces.rest.dto.DistributionRequests;
import cn.sunledger.web.interfaces.rest.dto.ListPage;
import cn.sunledger.web.interfaces.rest.problem.Problems;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

/**
 * Income distribution plans (api.md {@code POST /distributions}, {@code …/{id}/actions/{action}}, {@code GET …/{id}}).
 * Additions: {@code GET /distributions?region=&status=} (the list), {@code POST …/{id}/meetings} (one of the four
 * 四议两公开 meetings), and the body of {@code …/actions/pay}: a batch of payments, posted to the journal as one entry
 * (201, with the Idempotency-Key rules of every posting).
 */
@Path("/distributions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DistributionResource {

    @Inject
    Distributions distributions;

    @Inject
    CurrentCaller caller;

    @Inject
    BeanChecks checks;

    @Context
    HttpHeaders headers;

    @POST
    public Response create(DistributionRequests.Create body) {
        PlanDto created = PlanDto.of(distributions.create(caller.get(), valid(body).toForm()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    public ListPage<SummaryDto> list(@QueryParam("region") String region, @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return ListPage.of(distributions.list(caller.get(), region, status(status), page, size), SummaryDto::of);
    }

    @GET
    @Path("{id}")
    public PlanDto get(@PathParam("id") long id) {
        return PlanDto.of(distributions.plan(caller.get(), id));
    }

    @POST
    @Path("{id}/meetings")
    public PlanDto meeting(@PathParam("id") long id, DistributionRequests.MeetingBody body) {
        return PlanDto.of(distributions.recordMeeting(caller.get(), id, valid(body).toMeeting("kind")));
    }

    @POST
    @Path("{id}/actions/pay")
    public Response pay(@PathParam("id") long id, @HeaderParam(IdempotencyKeys.HEADER) String key,
            DistributionRequests.PayBody body) {
        PaymentBatch batch = valid(body).toBatch();
        Posting posted = distributions.pay(caller.get(), id, batch,
                IdempotencyKeys.from(key, "distribution-pay-" + id, batch));
        PaidDto paid = new PaidDto(posted.entryNo(), posted.hash(), posted.prevHash(),
                PlanDto.of(distributions.plan(caller.get(), id)));
        return Response.status(Response.Status.CREATED).entity(paid).build();
    }

    @POST
    @Path("{id}/actions/{action}")
    public PlanDto act(@PathParam("id") long id, @PathParam("action") String action,
            DistributionRequests.ActionBody body) {
        PlanAction a = PlanAction.ofCode(action).filter(x -> x != PlanAction.PAY)
                .orElseThrow(() -> LedgerException.notFound("distribution.unknownAction", action));
        DistributionRequests.ActionBody b = body == null ? new DistributionRequests.ActionBody() : valid(body);
        return PlanDto.of(distributions.take(caller.get(), id, a, b.opinion, b.decidedOn));
    }

    private static PlanStatus status(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return PlanStatus.valueOf(code.strip());
        } catch (IllegalArgumentException e) {
            throw LedgerException.invalid(List.of(Violation.ofField("status", "distribution.unknownCode", code)));
        }
    }

    private <T> T valid(T body) {
        return checks.valid(body, Problems.locale(headers));
    }
}
