package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.household.HouseholdFilter;
import cn.sunledger.ledger.application.household.HouseholdRegister;
import cn.sunledger.ledger.domain.model.household.HouseholdCategory;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.web.interfaces.rest.dto.HouseholdDtos.HouseholdDto;
import cn.sunledger.web.interfaces.rest.dto.HouseholdDtos.RevealDto;
import cn.sunledger.web.interfaces.rest.dto.HouseholdDtos.RevealedDto;
import cn.sunledger.web.interfaces.rest.dto.HouseholdRequests;
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
 * The household register (api.md, households): ID numbers and phones come back masked. Additions to api.md:
 * {@code PUT …/{id}/category} (a new row of the category history), {@code POST …/{id}/reveal} (the whole ID number for
 * the county rural bureau, recorded) and {@code GET …/{id}/reveals} (that record).
 */
@Path("/households")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HouseholdResource {

    @Inject
    HouseholdRegister register;

    @Inject
    CurrentCaller caller;

    @Inject
    BeanChecks checks;

    @Context
    HttpHeaders headers;

    @POST
    public Response create(HouseholdRequests.Create body) {
        HouseholdDto created = HouseholdDto.of(register.register(caller.get(), valid(body).toForm()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    public ListPage<HouseholdDto> list(@QueryParam("region") String region, @QueryParam("category") String category,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return ListPage.of(register.list(caller.get(), filter(region, category), page, size), HouseholdDto::of);
    }

    @GET
    @Path("{id}")
    public HouseholdDto get(@PathParam("id") long id) {
        return HouseholdDto.of(register.household(caller.get(), id));
    }

    @PUT
    @Path("{id}/category")
    public HouseholdDto category(@PathParam("id") long id, HouseholdRequests.CategoryBody body) {
        return HouseholdDto.of(register.changeCategory(caller.get(), id, valid(body).toChange()));
    }

    @POST
    @Path("{id}/reveal")
    public RevealedDto reveal(@PathParam("id") long id, HouseholdRequests.RevealBody body) {
        String reason = valid(body).reason.strip();
        return RevealedDto.of(register.reveal(caller.get(), id, reason));
    }

    @GET
    @Path("{id}/reveals")
    public List<RevealDto> reveals(@PathParam("id") long id) {
        return register.reveals(caller.get(), id).stream().map(RevealDto::of).toList();
    }

    private <T> T valid(T body) {
        return checks.valid(body, Problems.locale(headers));
    }

    /** The list's and the export's filter, each malformed parameter refused by name (400). */
    static HouseholdFilter filter(String region, String category) {
        RegionCode r = null;
        if (region != null && !region.isBlank()) {
            if (!RegionCode.isValid(region.strip())) {
                throw LedgerException.invalid("region.badCode", region);
            }
            r = RegionCode.of(region.strip());
        }
        HouseholdCategory c = null;
        if (category != null && !category.isBlank()) {
            try {
                c = HouseholdCategory.valueOf(category.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw LedgerException.invalid("error.malformed", "category=" + category);
            }
        }
        return new HouseholdFilter(r, c);
    }
}
