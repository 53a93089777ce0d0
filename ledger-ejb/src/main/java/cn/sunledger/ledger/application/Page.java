package cn.sunledger.ledger.application;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list paged in the database, with the true number of matching rows (never the length of a
 * truncated list). Every long list of the ledger pages this way: projects, notices, and the ledgers to come.
 */
public record Page<T>(List<T> items, long total) {

    /** The largest page a caller may ask for: enough for a screen or an export batch, small enough for one query. */
    public static final int MAX_SIZE = 200;

    public Page {
        items = List.copyOf(items);
    }

    /** Refuses (400 {@code error.badPage}) a page number below 0 or a size outside 1…{@link #MAX_SIZE}. */
    public static void check(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw LedgerException.invalid("error.badPage", MAX_SIZE);
        }
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total);
    }
}
