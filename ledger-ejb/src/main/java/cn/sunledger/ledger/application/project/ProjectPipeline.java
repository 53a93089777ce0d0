package cn.sunledger.ledger.application.project;

import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.service.access.Caller;

/** The Dali plan's pipeline view of the library (储备/计划/开工/在建/竣工) by county for one year. */
public interface ProjectPipeline {

    /** One row per county in the caller's scope (narrowed to {@code region} if given), with totals. */
    PipelineView pipeline(Caller caller, int year, RegionCode region);
}
