package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.household.MonitoringLines;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.web.interfaces.rest.dto.HouseholdDtos.MonitoringLineDto;
import cn.sunledger.web.interfaces.rest.dto.HouseholdRequests;
import cn.sunledger.web.interfaces.rest.problem.Problems;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The counties' monitoring lines (防止返贫监测标准, an addition to api.md): {@code GET /ledger/api/monitoring-lines?region=}
 * and {@code PUT …/{countyCode}/{year}} with {@code {"amount": "8700.00"}} (家庭年人均纯收入, 元).
 */
@Path("/monitoring-lines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MonitoringLineResource {

    @Inject
    MonitoringLines lines;

    @Inject
    CurrentCaller caller;

    @Inject
    BeanChecks checks;

    @Context
    HttpHeaders headers;

    @GET
    public List<MonitoringLineDto> list(@QueryParam("region") String region) {
        return lines.list(caller.get(), region).stream().map(MonitoringLineDto::of).toList();
    }

    @PUT
    @Path("{county}/{year}")
    public MonitoringLineDto set(@PathParam("county") String county, @PathParam("year") int year,
            HouseholdRequests.MonitoringLineBody body) {
        HouseholdRequests.MonitoringLineBody b = checks.valid(body, Problems.locale(headers));
        return MonitoringLineDto.of(lines.set(caller.get(), county, year, Money.parse(b.amount)));
    }
}
