package cn.sunledger.web.interfaces.rest.dto;

import cn.sunledger.ledger.application.Page;
import java.util.List;
import java.util.function.Function;

/** The list shape of api.md: {@code {"items": [...], "total": N}}. */
public record ListPage<T>(List<T> items, long total) {

    public static <T> ListPage<T> of(List<T> all) {
        return new ListPage<>(all, all.size());
    }

    /** A page the application paged in the database, with its true total. */
    public static <T> ListPage<T> of(Page<T> page) {
        return new ListPage<>(page.items(), page.total());
    }

    /** A page the application paged in the database, its rows mapped to their DTO; the total stays the true one. */
    public static <S, T> ListPage<T> of(Page<S> page, Function<? super S, ? extends T> dto) {
        return new ListPage<>(page.items().stream().<T>map(dto).toList(), page.total());
    }

    /** One page of an in-memory list (for lists that are small by nature, such as a region's children). */
    public static <T> ListPage<T> page(List<T> all, int page, int size) {
        int from = Math.min(all.size(), Math.max(0, page) * Math.max(1, size));
        int to = Math.min(all.size(), from + Math.max(1, size));
        return new ListPage<>(all.subList(from, to), all.size());
    }
}
