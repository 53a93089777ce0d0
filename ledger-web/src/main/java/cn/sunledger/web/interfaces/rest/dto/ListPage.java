package cn.sunledger.web.interfaces.rest.dto;

import java.util.List;

/** The list shape of api.md: {@code {"items": [...], "total": N}}. */
public record ListPage<T>(List<T> items, long total) {

    public static <T> ListPage<T> of(List<T> all) {
        return new ListPage<>(all, all.size());
    }

    /** One page of an in-memory list (for lists that are small by nature, such as a region's children). */
    public static <T> ListPage<T> page(List<T> all, int page, int size) {
        int from = Math.min(all.size(), Math.max(0, page) * Math.max(1, size));
        int to = Math.min(all.size(), from + Math.max(1, size));
        return new ListPage<>(all.subList(from, to), all.size());
    }
}
