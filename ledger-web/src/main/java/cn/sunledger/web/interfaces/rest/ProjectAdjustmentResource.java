package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.project.ActionForm;
import cn.sunledger.ledger.application.project.AdjustmentView;
import cn.sunledger.ledger.application.project.ProjectAdjustments;
import cn.sunledger.web.interfaces.rest.dto.AdjustmentRequest;
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
import java.util.List;

/**
 * Adjustments (调整) of a library project (additive to api.md): propose the full changed record with a reason,
 * list them, reject one. Applying is the {@code adjust} action of {@code …/actions/adjust}.
 */
@Path("/projects/{id}/adjustments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectAdjustmentResource {

    @Inject
    ProjectAdjustments adjustments;

    @Inject
    CurrentCaller caller;

    @POST
    public Response propose(@PathParam("id") long id, AdjustmentRequest body) {
        AdjustmentRequest request = BeanChecks.required(body);
        AdjustmentView created = adjustments.propose(caller.get(), id, request.toDetails(), request.reason);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    public List<AdjustmentView> list(@PathParam("id") long id) {
        return adjustments.list(caller.get(), id);
    }

    @POST
    @Path("{adjustmentId}/reject")
    public AdjustmentView reject(@PathParam("id") long id, @PathParam("adjustmentId") long adjustmentId,
            ProjectResource.ActionBody body) {
        ProjectResource.ActionBody b = body == null ? new ProjectResource.ActionBody(null, null, null) : body;
        return adjustments.reject(caller.get(), id, adjustmentId, new ActionForm(b.opinion(), b.decisionRef(),
                b.decidedOn()));
    }
}
