package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.project.ProjectPipeline;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import cn.sunledger.web.interfaces.rest.dto.PipelineDto;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The library's pipeline by county (additive to api.md): {@code GET /api/projects/pipeline?year=&region=}. */
@Path("/projects/pipeline")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProjectPipelineResource {

    @Inject
    BusinessClock clock;

    @Inject
    ProjectPipeline pipeline;

    @Inject
    CurrentCaller caller;

    /** {@code year} defaults to the current year (Asia/Shanghai); {@code region} to the caller's home region. */
    @GET
    public PipelineDto get(@QueryParam("year") Integer year, @QueryParam("region") String region) {
        RegionCode r = null;
        if (region != null && !region.isBlank()) {
            if (!RegionCode.isValid(region.trim())) {
                throw LedgerException.invalid("region.badCode", region);
            }
            r = RegionCode.of(region.trim());
        }
        int y = year == null ? clock.today().getYear() : year;
        return PipelineDto.of(pipeline.pipeline(caller.get(), y, r));
    }
}
