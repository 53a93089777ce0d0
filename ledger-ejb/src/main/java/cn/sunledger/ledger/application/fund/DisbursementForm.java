package cn.sunledger.ledger.application.fund;

import cn.sunledger.ledger.domain.model.shared.Money;
import java.time.LocalDate;

/** A payment against an allocation (api.md POST /disbursements). */
public record DisbursementForm(long allocationId, Money amount, String payee, String voucherNo, LocalDate paidOn) {
}
