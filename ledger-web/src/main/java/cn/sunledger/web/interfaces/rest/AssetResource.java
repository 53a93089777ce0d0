package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.asset.AssetFilter;
import cn.sunledger.ledger.application.asset.AssetRegister;
import cn.sunledger.ledger.domain.model.asset.AssetClass;
import cn.sunledger.ledger.domain.model.asset.AssetStatus;
import cn.sunledger.ledger.domain.model.asset.DisposalStep;
import cn.sunledger.ledger.domain.model.asset.OwnerLevel;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.web.interfaces.rest.dto.AssetDtos.AssetDto;
import cn.sunledger.web.interfaces.rest.dto.AssetDtos.CategoryDto;
import cn.sunledger.web.interfaces.rest.dto.AssetDtos.SummaryDto;
import cn.sunledger.web.interfaces.rest.dto.AssetRequests;
import cn.sunledger.web.interfaces.rest.dto.ListPage;
import cn.sunledger.web.interfaces.rest.problem.Problems;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * The asset register (api.md, assets): formation, the register, and every step of an asset's life. Receipt of a
 * 移交书 is confirmed at {@code POST …/{id}/handovers/{h}/confirmation} (an addition to api.md).
 */
@Path("/assets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssetResource {

    @Inject
    AssetRegister register;

    @Inject
    CurrentCaller caller;

    @Inject
    BeanChecks checks;

    @Context
    HttpHeaders headers;

    @POST
    public Response create(AssetRequests.Create body) {
        AssetDto created = AssetDto.of(register.register(caller.get(), valid(body).toForm()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    public ListPage<SummaryDto> list(@QueryParam("region") String region, @QueryParam("class") String assetClass,
            @QueryParam("status") String status, @QueryParam("ownerLevel") String ownerLevel,
            @QueryParam("q") String text, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        return ListPage.of(register.list(caller.get(), new AssetFilter(region(region),
                code(AssetClass.class, "class", assetClass), code(AssetStatus.class, "status", status),
                code(OwnerLevel.class, "ownerLevel", ownerLevel), text), page, size).page(), SummaryDto::of);
    }

    @GET
    @Path("categories")
    public List<CategoryDto> categories() {
        caller.get();
        return register.categories().stream().map(CategoryDto::of).toList();
    }

    @GET
    @Path("{id}")
    public AssetDto get(@PathParam("id") long id) {
        return AssetDto.of(register.asset(caller.get(), id));
    }

    @PUT
    @Path("{id}/ownership")
    public AssetDto ownership(@PathParam("id") long id, AssetRequests.Ownership body) {
        return AssetDto.of(register.confirmOwnership(caller.get(), id, valid(body).toForm()));
    }

    @POST
    @Path("{id}/handovers")
    public Response handover(@PathParam("id") long id, AssetRequests.HandoverBody body) {
        AssetDto dto = AssetDto.of(register.signHandover(caller.get(), id, valid(body).toTerms()));
        return Response.status(Response.Status.CREATED).entity(dto).build();
    }

    @POST
    @Path("{id}/handovers/{handover}/confirmation")
    public AssetDto confirmHandover(@PathParam("id") long id, @PathParam("handover") long handover,
            AssetRequests.Confirmation body) {
        AssetRequests.Confirmation b = valid(body);
        return AssetDto.of(register.confirmHandover(caller.get(), id, handover,
                b.opinion == null || b.opinion.isBlank() ? null : b.opinion.strip(), b.confirmedOn));
    }

    @PUT
    @Path("{id}/operation")
    public AssetDto operation(@PathParam("id") long id, AssetRequests.Operation body) {
        return AssetDto.of(register.setOperation(caller.get(), id, valid(body).toTerms()));
    }

    @POST
    @Path("{id}/operator-changes")
    public Response operatorChange(@PathParam("id") long id, AssetRequests.OperatorChange body) {
        AssetDto dto = AssetDto.of(register.proposeOperatorChange(caller.get(), id, valid(body).toProposal()));
        return Response.status(Response.Status.CREATED).entity(dto).build();
    }

    @POST
    @Path("{id}/maintenance")
    public Response maintenance(@PathParam("id") long id, AssetRequests.Maintenance body) {
        AssetDto dto = AssetDto.of(register.recordMaintenance(caller.get(), id, valid(body).toUpkeep()));
        return Response.status(Response.Status.CREATED).entity(dto).build();
    }

    @PUT
    @Path("{id}/status")
    public AssetDto status(@PathParam("id") long id, AssetRequests.Status body) {
        return AssetDto.of(register.setStatus(caller.get(), id, valid(body).toChange()));
    }

    @POST
    @Path("{id}/disposals")
    public Response disposal(@PathParam("id") long id, AssetRequests.DisposalBody body) {
        AssetDto dto = AssetDto.of(register.proposeDisposal(caller.get(), id, valid(body).toProposal()));
        return Response.status(Response.Status.CREATED).entity(dto).build();
    }

    @POST
    @Path("{id}/disposals/{disposal}/actions/{action}")
    public AssetDto disposalStep(@PathParam("id") long id, @PathParam("disposal") long disposal,
            @PathParam("action") String action, AssetRequests.DisposalAction body) {
        DisposalStep step = DisposalStep.ofPath(action)
                .orElseThrow(() -> LedgerException.notFound("asset.unknownDisposalAction", action));
        return AssetDto.of(register.takeDisposalStep(caller.get(), id, disposal, step, valid(body).toTerms()));
    }

    private <T> T valid(T body) {
        return checks.valid(body, Problems.locale(headers));
    }

    private static RegionCode region(String region) {
        if (region == null || region.isBlank()) {
            return null;
        }
        if (!RegionCode.isValid(region.trim())) {
            throw LedgerException.invalid("region.badCode", region);
        }
        return RegionCode.of(region.trim());
    }

    private static <E extends Enum<E>> E code(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw LedgerException.invalid("error.malformed", name + "=" + value);
        }
    }
}
