package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.asset.AssetIncomes;
import cn.sunledger.web.interfaces.rest.dto.AssetIncomeDtos.IncomesDto;
import cn.sunledger.web.interfaces.rest.dto.AssetIncomeRequest;
import cn.sunledger.web.interfaces.rest.dto.FundDtos.PostingDto;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An asset's income (api.md {@code POST …/assets/{id}/incomes}): each receipt is posted to the journal as the owners'
 * income (201 with the entry, like every posting, and the same Idempotency-Key rules); GET lists the receipts and
 * expected against received per year.
 */
@Path("/assets/{id}/incomes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssetIncomeResource {

    @Inject
    AssetIncomes incomes;

    @Inject
    CurrentCaller caller;

    @Inject
    BeanChecks checks;

    @Context
    HttpHeaders headers;

    @POST
    public Response record(@PathParam("id") long id, @HeaderParam(IdempotencyKeys.HEADER) String key,
            AssetIncomeRequest body) {
        var receipt = checks.valid(body, Problems.locale(headers)).toReceipt();
        PostingDto posted = PostingDto.of(incomes.record(caller.get(), id, receipt,
                IdempotencyKeys.from(key, "asset-income-" + id, receipt)));
        return Response.status(Response.Status.CREATED).entity(posted).build();
    }

    @GET
    public IncomesDto list(@PathParam("id") long id) {
        return IncomesDto.of(incomes.incomes(caller.get(), id));
    }
}
