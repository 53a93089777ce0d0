package cn.sunledger.ledger.application.distribution;

import cn.sunledger.ledger.domain.model.shared.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * A batch of payments of a plan's lines on one day: each paid (its amount, which must be the line's, and voucher)
 * or failed (with the reason: a closed bank account, a wrong card number); a failed line is paid by a later batch.
 */
public record PaymentBatch(LocalDate paidOn, List<Payment> payments) {

    public PaymentBatch {
        payments = List.copyOf(payments);
    }

    public record Payment(long lineId, boolean paid, Money amount, String voucherNo, String reason) {
    }
}
