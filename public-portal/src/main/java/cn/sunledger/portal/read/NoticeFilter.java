package cn.sunledger.portal.read;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Which published notices to read, as SQL over {@code publication p}. Every part is optional.
 *
 * @param regionPrefix posted to some region of this subtree ({@link RegionScope#subtreePrefix})
 * @param postedToAny  posted to at least one of exactly these region codes
 * @param notPostedTo  not posted to exactly this region code (to list an ancestor's notices apart)
 * @param type         notice type code
 * @param year         calendar year of the Beijing publication time
 * @param keyword      text contained in the title or the masked search text
 */
public record NoticeFilter(String regionPrefix, List<String> postedToAny, String notPostedTo, String type,
        Integer year, String keyword) {

    /** LIKE escape character: not a backslash, whose meaning depends on the server's SQL mode. */
    static final char LIKE_ESCAPE = '!';

    public static final NoticeFilter ALL = new NoticeFilter(null, List.of(), null, null, null, null);

    public NoticeFilter {
        postedToAny = postedToAny == null ? List.of() : List.copyOf(postedToAny);
    }

    public static NoticeFilter postedTo(List<String> codes, String except) {
        return new NoticeFilter(null, codes, except, null, null, null);
    }

    public static NoticeFilter subtree(String regionCode, Integer year) {
        return new NoticeFilter(regionCode == null ? null : RegionScope.subtreePrefix(regionCode), List.of(), null,
                null, year, null);
    }

    /** Appends {@code " WHERE …"} with a {@code ?} per value and adds the values to {@code params} in order. */
    public void appendWhere(StringBuilder sql, List<Object> params) {
        sql.append(" WHERE 1 = 1");
        if (regionPrefix != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM publication_region r WHERE r.notice_no = p.notice_no"
                    + " AND r.region_code LIKE ?)");
            params.add(regionPrefix + "%");
        }
        if (!postedToAny.isEmpty()) {
            sql.append(" AND EXISTS (SELECT 1 FROM publication_region r WHERE r.notice_no = p.notice_no"
                    + " AND r.region_code IN (").append("?,".repeat(postedToAny.size() - 1)).append("?))");
            params.addAll(postedToAny);
        }
        if (notPostedTo != null) {
            sql.append(" AND NOT EXISTS (SELECT 1 FROM publication_region r WHERE r.notice_no = p.notice_no"
                    + " AND r.region_code = ?)");
            params.add(notPostedTo);
        }
        if (type != null) {
            sql.append(" AND p.type = ?");
            params.add(type);
        }
        if (year != null) {
            // A range on the column itself, not YEAR(p.published_at), so the index on published_at serves it.
            sql.append(" AND p.published_at >= ? AND p.published_at < ?");
            params.add(LocalDateTime.of(year, 1, 1, 0, 0));
            params.add(LocalDateTime.of(year + 1, 1, 1, 0, 0));
        }
        if (keyword != null) {
            // A contains-search on MEDIUMTEXT scans the rows; county-sized tables make that cheap enough.
            sql.append(" AND (p.title LIKE ? ESCAPE '").append(LIKE_ESCAPE).append("' OR p.search_text LIKE ? ESCAPE '")
                    .append(LIKE_ESCAPE).append("')");
            String pattern = containsPattern(keyword);
            params.add(pattern);
            params.add(pattern);
        }
    }

    /** {@code %keyword%} with the keyword's own {@code %}, {@code _} and escape characters taken literally. */
    static String containsPattern(String keyword) {
        StringBuilder pattern = new StringBuilder(keyword.length() + 8).append('%');
        for (int i = 0; i < keyword.length(); i++) {
            char c = keyword.charAt(i);
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                pattern.append(LIKE_ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
