package cn.sunledger.ledger.domain.model.fund;

import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One side of a movement on one account. Exactly one of debit and credit is positive. A line is on one of two sides
 * of the ledger: the fund side names the fund document (and its source) the money belongs to, and the allocation and
 * project where it has reached one, so reports by source, document, project or region are sums over lines; the owner
 * side names the owning entity (and its region) whose money it is — an asset's income — and the asset it came from.
 */
public record JournalLine(Account account, Long fundDocumentId, Long allocationId, Long projectId, FundSource source,
        Long assetId, String ownerRegion, String ownerName, Money debit, Money credit) {

    public JournalLine {
        Objects.requireNonNull(account);
        Objects.requireNonNull(debit);
        Objects.requireNonNull(credit);
        if (debit.isPositive() == credit.isPositive()) {
            throw new IllegalArgumentException("a line is either a debit or a credit: " + debit + "/" + credit);
        }
        boolean fundSide = fundDocumentId != null && source != null && ownerName == null && ownerRegion == null;
        boolean ownerSide = fundDocumentId == null && source == null && allocationId == null && projectId == null
                && ownerName != null && ownerRegion != null;
        if (!fundSide && !ownerSide) {
            throw new IllegalArgumentException("a line names a fund document and source, or an owner, not both");
        }
    }

    /** A line of the fund side (document, source, and where the money has reached an allocation and project). */
    public JournalLine(Account account, long fundDocumentId, Long allocationId, Long projectId, FundSource source,
            Money debit, Money credit) {
        this(account, fundDocumentId, allocationId, projectId, Objects.requireNonNull(source), null, null, null, debit,
                credit);
    }

    public static JournalLine debit(Account account, long document, Long allocation, Long project, FundSource source,
            Money amount) {
        return new JournalLine(account, document, allocation, project, source, amount, Money.ZERO);
    }

    public static JournalLine credit(Account account, long document, Long allocation, Long project, FundSource source,
            Money amount) {
        return new JournalLine(account, document, allocation, project, source, Money.ZERO, amount);
    }

    /** A line of an owner's money: on {@code account}, for the owner, from the asset (null when from none). */
    public static JournalLine ofOwner(Account account, String ownerRegion, String ownerName, Long asset, Money debit,
            Money credit) {
        return new JournalLine(account, null, null, null, null, asset, Objects.requireNonNull(ownerRegion),
                Objects.requireNonNull(ownerName), debit, credit);
    }

    public boolean ownerSide() {
        return ownerName != null;
    }

    /** The same line on the other side: a reversal posts every line of the reversed entry mirrored. */
    public JournalLine mirrored() {
        return new JournalLine(account, fundDocumentId, allocationId, projectId, source, assetId, ownerRegion, ownerName,
                credit, debit);
    }

    /**
     * The line as the entry hash covers it (canonical JSON fields; amounts as their two-decimal text). A fund-side
     * line keeps exactly the fields it always had, so the hashes of entries posted before the owner side existed
     * still verify; an owner-side line names its owner and asset instead of a document.
     */
    Map<String, Object> canonical() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account", account.name());
        if (ownerSide()) {
            m.put("ownerRegion", ownerRegion);
            m.put("ownerName", ownerName);
            m.put("assetId", assetId);
        } else {
            m.put("fundDocumentId", fundDocumentId);
            m.put("allocationId", allocationId);
            m.put("projectId", projectId);
            m.put("source", source.name());
        }
        m.put("debit", debit.toString());
        m.put("credit", credit.toString());
        return m;
    }
}
