package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.notice.PolicyDocumentForm;
import cn.sunledger.ledger.application.notice.PolicyDocumentView;
import cn.sunledger.ledger.application.notice.PolicyDocuments;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.web.interfaces.rest.dto.ListPage;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Policy documents, the ledger data behind POLICY notices. */
@Path("/policy-documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PolicyDocumentResource {

    @Inject
    PolicyDocuments documents;

    @Inject
    CurrentCaller caller;

    @GET
    public ListPage<PolicyDocumentView> list() {
        return ListPage.of(documents.list(caller.get()));
    }

    @GET
    @Path("{id}")
    public PolicyDocumentView get(@PathParam("id") long id) {
        return documents.get(caller.get(), id);
    }

    @POST
    public Response create(PolicyDocumentForm body) {
        if (body == null) {
            throw LedgerException.invalid("policy.required");
        }
        return Response.status(Response.Status.CREATED).entity(documents.create(caller.get(), body)).build();
    }
}
