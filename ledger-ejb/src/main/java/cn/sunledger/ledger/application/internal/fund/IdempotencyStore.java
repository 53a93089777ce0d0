package cn.sunledger.ledger.application.internal.fund;

import cn.sunledger.ledger.application.fund.IdempotencyKey;
import cn.sunledger.ledger.application.fund.Posting;
import cn.sunledger.ledger.infrastructure.persistence.jdbc.TransactionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;

/** The repository of idempotency keys and the postings they produced (V20). */
@ApplicationScoped
public class IdempotencyStore {

    @Inject
    TransactionJdbc jdbc;

    /** What an earlier request with the key asked and got. */
    public record Claimed(String requestSha256, String entryNo, Long recordId, boolean inLaterPeriod) {
    }

    /**
     * Claims the key for this transaction: true if it was new (the caller posts and then {@link #complete}s it);
     * false if a request with the key already committed, which {@link #earlier} then reads. A concurrent first use
     * makes this wait until that transaction ends.
     */
    public boolean claim(String username, IdempotencyKey key, LocalDateTime at) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT IGNORE INTO idempotency_record (username, idem_key,"
                    + " request_sha256, created_at) VALUES (?, ?, ?, ?)")) {
                s.setString(1, username);
                s.setString(2, key.value());
                s.setString(3, key.requestSha256());
                s.setTimestamp(4, Timestamp.valueOf(at));
                return s.executeUpdate() == 1;
            }
        });
    }

    public Optional<Claimed> earlier(String username, IdempotencyKey key) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT request_sha256, entry_no, record_id, in_later_period"
                    + " FROM idempotency_record WHERE username = ? AND idem_key = ?")) {
                s.setString(1, username);
                s.setString(2, key.value());
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(new Claimed(rs.getString(1), rs.getString(2),
                            (Long) rs.getObject(3, Long.class), rs.getBoolean(4))) : Optional.<Claimed>empty();
                }
            }
        });
    }

    public void complete(String username, IdempotencyKey key, Posting posting) {
        jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE idempotency_record SET entry_no = ?, record_id = ?,"
                    + " in_later_period = ? WHERE username = ? AND idem_key = ?")) {
                s.setString(1, posting.entryNo());
                s.setObject(2, posting.recordId());
                s.setBoolean(3, posting.inLaterPeriod());
                s.setString(4, username);
                s.setString(5, key.value());
                s.executeUpdate();
            }
            return null;
        });
    }

}
