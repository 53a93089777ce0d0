package cn.sunledger.ledger.application.internal.fund;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.infrastructure.persistence.jdbc.LockedRow;
import cn.sunledger.ledger.infrastructure.persistence.jdbc.TransactionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * An owner's 集体收益资金 (OWNER_FUNDS) never goes below zero. Whatever lowers it — a distribution plan's payment, the
 * reversal of an income entry — first locks the owner's guard row (V34, created on first use) for the rest of its
 * transaction, before the chain head as the fund ledger's guard rows are, then sums the balance from the owner's
 * journal lines and refuses a decrease it does not cover. Income only raises the balance and takes no lock.
 */
@ApplicationScoped
public class OwnerFundsGuard {

    @Inject
    TransactionJdbc jdbc;

    /** Locks the owner's guard row and returns the owner's balance as it stands under the lock. */
    public Money lock(String ownerRegion, String ownerName) {
        jdbc.work(c -> LockedRow.lock(c, "SELECT owner_region FROM owner_funds_guard WHERE owner_region = ?"
                + " AND owner_name = ? FOR UPDATE", "INSERT INTO owner_funds_guard (owner_region, owner_name)"
                        + " VALUES (?, ?) ON DUPLICATE KEY UPDATE owner_region = owner_region",
                s -> {
                    s.setString(1, ownerRegion);
                    s.setString(2, ownerName);
                }, row -> row.getString(1)));
        return balance(ownerRegion, ownerName);
    }

    /** Σ debit − credit of the owner's OWNER_FUNDS lines over every entry, reversals included. */
    public Money balance(String ownerRegion, String ownerName) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT SUM(debit - credit) FROM journal_line"
                    + " WHERE owner_region = ? AND owner_name = ? AND account = 'OWNER_FUNDS'")) {
                s.setString(1, ownerRegion);
                s.setString(2, ownerName);
                try (ResultSet rs = s.executeQuery()) {
                    BigDecimal v = rs.next() ? rs.getBigDecimal(1) : null;
                    return v == null || v.signum() <= 0 ? Money.ZERO : Money.of(v);
                }
            }
        });
    }

    /**
     * Locks the owner and refuses (422 {@code messageKey}, with the owner, the balance and the decrease) a decrease
     * the balance does not cover.
     */
    public void requireCovers(String ownerRegion, String ownerName, Money decrease, String messageKey) {
        Money balance = lock(ownerRegion, ownerName);
        if (decrease.exceeds(balance)) {
            throw LedgerException.rule(messageKey, ownerName, balance.toString(), decrease.toString());
        }
    }
}
