package cn.sunledger.ledger.domain.model.fund;

import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One side of a movement on one account. Exactly one of debit and credit is positive. Every line names the fund
 * document (and its source) the money belongs to, and the allocation and project where it has reached one, so
 * reports by source, document, project or region are sums over lines.
 */
public record JournalLine(Account account, long fundDocumentId, Long allocationId, Long projectId, FundSource source,
        Money debit, Money credit) {

    public JournalLine {
        Objects.requireNonNull(account);
        Objects.requireNonNull(source);
        Objects.requireNonNull(debit);
        Objects.requireNonNull(credit);
        if (debit.isPositive() == credit.isPositive()) {
            throw new IllegalArgumentException("a line is either a debit or a credit: " + debit + "/" + credit);
        }
    }

    public static JournalLine debit(Account account, long document, Long allocation, Long project, FundSource source,
            Money amount) {
        return new JournalLine(account, document, allocation, project, source, amount, Money.ZERO);
    }

    public static JournalLine credit(Account account, long document, Long allocation, Long project, FundSource source,
            Money amount) {
        return new JournalLine(account, document, allocation, project, source, Money.ZERO, amount);
    }

    /** The same line on the other side: a reversal posts every line of the reversed entry mirrored. */
    public JournalLine mirrored() {
        return new JournalLine(account, fundDocumentId, allocationId, projectId, source, credit, debit);
    }

    /** The line as the entry hash covers it (canonical JSON fields; amounts as their two-decimal text). */
    Map<String, Object> canonical() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account", account.name());
        m.put("fundDocumentId", fundDocumentId);
        m.put("allocationId", allocationId);
        m.put("projectId", projectId);
        m.put("source", source.name());
        m.put("debit", debit.toString());
        m.put("credit", credit.toString());
        return m;
    }
}
