package cn.sunledger.ledger.infrastructure.persistence.jpa;

import cn.sunledger.ledger.application.Page;
import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * Runs a list query one page at a time in the database: a count of every matching row, then only the rows of
 * the page asked for. The two queries must share their where clause and parameters.
 */
public final class PagedQuery {

    private PagedQuery() {
    }

    public static <T> Page<T> fetch(TypedQuery<Long> count, TypedQuery<T> rows, int page, int size) {
        long total = count.getSingleResult();
        long first = (long) page * size;
        // a page past the end (or past what an int offset can say) has no rows: no second query for it
        List<T> items = first >= total || first > Integer.MAX_VALUE ? List.of()
                : rows.setFirstResult((int) first).setMaxResults(size).getResultList();
        return new Page<>(items, total);
    }
}
