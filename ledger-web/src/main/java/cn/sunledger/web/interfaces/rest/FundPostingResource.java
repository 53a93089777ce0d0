package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.fund.FundLedger;
import cn.sunledger.ledger.application.fund.Posting;
import cn.sunledger.web.interfaces.rest.dto.FundDtos.DocumentDto;
import cn.sunledger.web.interfaces.rest.dto.FundDtos.PostingDto;
import cn.sunledger.web.interfaces.rest.dto.FundRequests;
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

/** Fund documents, allocations and disbursements (api.md), each posted as a journal entry. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FundPostingResource {

    @Inject
    FundLedger ledger;

    @Inject
    CurrentCaller caller;

    @Inject
    BeanChecks checks;

    @Context
    HttpHeaders headers;

    @POST
    @Path("fund-documents")
    public Response registerDocument(@HeaderParam(IdempotencyKeys.HEADER) String key, FundRequests.Document body) {
        var form = checks.valid(body, Problems.locale(headers)).toForm();
        Posting posted = ledger.registerDocument(caller.get(), form, IdempotencyKeys.from(key, "document", form));
        return created(DocumentDto.of(ledger.document(caller.get(), posted.recordId())));
    }

    @GET
    @Path("fund-documents/{id}")
    public DocumentDto document(@PathParam("id") long id) {
        return DocumentDto.of(ledger.document(caller.get(), id));
    }

    @POST
    @Path("allocations")
    public Response allocate(@HeaderParam(IdempotencyKeys.HEADER) String key, FundRequests.Allocation body) {
        var form = checks.valid(body, Problems.locale(headers)).toForm();
        return created(PostingDto.of(ledger.allocate(caller.get(), form, IdempotencyKeys.from(key, "allocation", form))));
    }

    @POST
    @Path("disbursements")
    public Response disburse(@HeaderParam(IdempotencyKeys.HEADER) String key, FundRequests.Disbursement body) {
        var form = checks.valid(body, Problems.locale(headers)).toForm();
        return created(PostingDto.of(ledger.disburse(caller.get(), form, IdempotencyKeys.from(key, "disbursement", form))));
    }

    private static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }
}
