package cn.sunledger.web.interfaces.rest.dto;

import cn.sunledger.ledger.application.project.PipelineView;
import java.util.List;

/** GET /api/projects/pipeline: per county and in total, count and planned investment (money as strings). */
public record PipelineDto(int year, List<RowDto> rows, RowDto total) {

    public record StageDto(long count, String investment) {
        static StageDto of(PipelineView.Stage s) {
            return new StageDto(s.count(), ProjectDto.money(s.investment()));
        }
    }

    /** 储备 reserve (IN_LIBRARY), 计划 planned, 开工 started, 在建 underway, 竣工 finished. */
    public record RowDto(String countyCode, String countyName, StageDto reserve, StageDto planned, StageDto started,
            StageDto underway, StageDto finished) {
        static RowDto of(PipelineView.Row r) {
            return new RowDto(r.countyCode(), r.countyName(), StageDto.of(r.reserve()), StageDto.of(r.planned()),
                    StageDto.of(r.started()), StageDto.of(r.underway()), StageDto.of(r.finished()));
        }
    }

    public static PipelineDto of(PipelineView v) {
        return new PipelineDto(v.year(), v.rows().stream().map(RowDto::of).toList(), RowDto.of(v.total()));
    }
}
