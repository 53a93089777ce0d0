package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.household.HouseholdHistory;
import cn.sunledger.web.interfaces.rest.dto.HouseholdHistoryDtos.HistoryDto;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * What reached a household (addition to api.md): {@code GET /households/{id}/history} — the same as the household's
 * page, by year, newest first. 404 for an unknown household, 403 outside the caller's scope, as {@code GET
 * /households/{id}}.
 */
@Path("/households/{id}/history")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HouseholdHistoryResource {

    @Inject
    HouseholdHistory history;

    @Inject
    CurrentCaller caller;

    @GET
    public HistoryDto get(@PathParam("id") long id) {
        return HistoryDto.of(history.history(caller.get(), id));
    }
}
