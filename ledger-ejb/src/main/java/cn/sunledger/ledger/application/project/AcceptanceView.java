package cn.sunledger.ledger.application.project;

import cn.sunledger.ledger.domain.model.project.Indicator;
import java.time.LocalDateTime;
import java.util.List;

/** A recorded acceptance (验收): its report's reference and each indicator's target beside its actual value. */
public record AcceptanceView(String reportRef, LocalDateTime recordedAt, String recordedBy, List<Row> indicators) {

    public record Row(Indicator indicator, String actual) {
    }
}
