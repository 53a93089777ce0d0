package cn.sunledger.ledger.application.notice;

import java.time.LocalDate;
import java.util.List;

/**
 * What to draft: the notice type's code (api.md: POLICY, PROJECT_DECLARATION …), the id of the ledger record
 * it is about, the regions it is posted to (any level down to the natural village) and its period (required,
 * at least 10 days, for types that have one; the period may start before today, since boards are often
 * posted before the data is entered).
 */
public record DraftRequest(String type, String subjectId, List<String> regionCodes, LocalDate periodStart,
        LocalDate periodEnd) {
}
