package cn.sunledger.ledger.application.fund;

import cn.sunledger.ledger.domain.model.shared.Money;
import java.time.LocalDate;

/** Part of a fund document allocated to a library project (api.md POST /allocations). */
public record AllocationForm(long fundDocumentId, long projectId, Money amount, LocalDate allocatedOn) {
}
