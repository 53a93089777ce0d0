package cn.sunledger.portal.read;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The read model of published notices over the portal's own read-only database user (PortalDS). Plain
 * JDBC with prepared statements: a handful of read queries, no ORM. Every list is newest first.
 */
@ApplicationScoped
public class PublishedNotices {

    private static final String COLUMNS = "SELECT p.notice_no, p.type, p.title, p.issuer, p.issuer_region_code,"
            + " p.published_at, p.period_start, p.period_end, p.sha256_html, p.sha256_pdf, p.sha256_json,"
            + " p.supersedes, s.new_notice_no, p.log_region, p.log_index"
            + " FROM publication p LEFT JOIN supersession s ON s.old_notice_no = p.notice_no";
    private static final String NEWEST_FIRST = " ORDER BY p.published_at DESC, p.notice_no DESC";

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource portal;

    /** One page of notices and how many match in all. */
    public record Page(List<PublishedNotice> items, long total) {
    }

    public Page search(NoticeFilter filter, long offset, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder();
        filter.appendWhere(where, params);
        try (Connection c = portal.getConnection()) {
            long total;
            try (PreparedStatement s = prepare(c, "SELECT COUNT(*) FROM publication p" + where, params);
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
            List<PublishedNotice> items = total == 0 ? List.of()
                    : list(c, COLUMNS + where + NEWEST_FIRST + " LIMIT ? OFFSET ?", with(params, limit, offset));
            return new Page(items, total);
        } catch (SQLException e) {
            throw new IllegalStateException("portal database read failed", e);
        }
    }

    /** The newest {@code limit} notices that match, without counting the rest. */
    public List<PublishedNotice> newest(NoticeFilter filter, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder();
        filter.appendWhere(where, params);
        try (Connection c = portal.getConnection()) {
            return list(c, COLUMNS + where + NEWEST_FIRST + " LIMIT ?", with(params, limit));
        } catch (SQLException e) {
            throw new IllegalStateException("portal database read failed", e);
        }
    }

    /**
     * Hands every matching notice to {@code each}, newest first, streaming rows from the database so that
     * an export of a whole prefecture never sits in memory. Region codes are not filled in.
     */
    public void forEach(NoticeFilter filter, Consumer<PublishedNotice> each) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder();
        filter.appendWhere(where, params);
        try (Connection c = portal.getConnection();
                PreparedStatement s = prepare(c, COLUMNS + where + NEWEST_FIRST, params)) {
            s.setFetchSize(500);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    each.accept(row(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("portal database read failed", e);
        }
    }

    public Optional<PublishedNotice> find(String noticeNo) {
        try (Connection c = portal.getConnection()) {
            return list(c, COLUMNS + " WHERE p.notice_no = ?", List.of(noticeNo)).stream().findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException("portal database read failed", e);
        }
    }

    /**
     * The evidence of each listed notice, by notice number: its board postings with photos (in date order) and
     * whether it is a reposted reference document. Two queries for the whole list; notices without any are
     * absent from the map.
     */
    public Map<String, NoticeEvidence> evidence(List<PublishedNotice> notices) {
        if (notices.isEmpty()) {
            return Map.of();
        }
        List<Object> nos = new ArrayList<>(notices.stream().map(PublishedNotice::noticeNo).distinct().toList());
        String in = "?,".repeat(nos.size() - 1) + "?";
        Map<String, List<NoticeEvidence.BoardPosting>> postings = new LinkedHashMap<>();
        Set<String> references = new HashSet<>();
        try (Connection c = portal.getConnection()) {
            try (PreparedStatement s = prepare(c, "SELECT notice_no, region_code, posted_on FROM public_board_posting"
                    + " WHERE notice_no IN (" + in + ") ORDER BY notice_no, posted_on, region_code", nos);
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    postings.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(
                            new NoticeEvidence.BoardPosting(rs.getString(2), rs.getObject(3, LocalDate.class)));
                }
            }
            try (PreparedStatement s = prepare(c, "SELECT notice_no FROM public_reference_notice WHERE notice_no IN ("
                    + in + ")", nos); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    references.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("portal database read failed", e);
        }
        Map<String, NoticeEvidence> evidence = new LinkedHashMap<>();
        for (Object no : nos) {
            String key = (String) no;
            if (postings.containsKey(key) || references.contains(key)) {
                evidence.put(key, new NoticeEvidence(postings.getOrDefault(key, List.of()), references.contains(key)));
            }
        }
        return evidence;
    }

    private List<PublishedNotice> list(Connection c, String sql, List<Object> params) throws SQLException {
        List<PublishedNotice> found = new ArrayList<>();
        try (PreparedStatement s = prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                found.add(row(rs));
            }
        }
        return withRegionCodes(c, found);
    }

    /** Fills in every notice's region codes with one query for the whole list. */
    private static List<PublishedNotice> withRegionCodes(Connection c, List<PublishedNotice> notices)
            throws SQLException {
        if (notices.isEmpty()) {
            return notices;
        }
        Map<String, List<String>> codes = new LinkedHashMap<>();
        notices.forEach(n -> codes.put(n.noticeNo(), new ArrayList<>()));
        String sql = "SELECT notice_no, region_code FROM publication_region WHERE notice_no IN ("
                + "?,".repeat(codes.size() - 1) + "?) ORDER BY notice_no, region_code";
        try (PreparedStatement s = prepare(c, sql, new ArrayList<>(codes.keySet())); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                codes.get(rs.getString(1)).add(rs.getString(2));
            }
        }
        List<PublishedNotice> filled = new ArrayList<>(notices.size());
        notices.forEach(n -> filled.add(n.withRegionCodes(codes.get(n.noticeNo()))));
        return filled;
    }

    private static PublishedNotice row(ResultSet rs) throws SQLException {
        // Read as LocalDateTime: the column holds Beijing wall-clock time, whatever the JVM's zone is.
        return new PublishedNotice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getObject(6, LocalDateTime.class), rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class), List.of(), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getString(14), rs.getLong(15));
    }

    static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        try {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            return s;
        } catch (SQLException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private static List<Object> with(List<Object> params, Object... more) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(List.of(more));
        return all;
    }
}
