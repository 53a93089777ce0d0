package cn.sunledger.portal.read;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The published notices about listed subjects (projects, assets), read from {@code public_notice_subject} in one
 * query whatever the number of subjects: for each subject id, its notices of the given types, oldest first, each with
 * the notice that corrected it if there is one.
 */
final class SubjectNotices {

    private SubjectNotices() {
    }

    /** Every subject id mapped to its notices (an empty list for a subject without any). */
    static Map<String, List<PublicProject.Notice>> of(Connection c, List<String> types, Collection<Long> subjectIds)
            throws SQLException {
        Map<String, List<PublicProject.Notice>> bySubject = new LinkedHashMap<>();
        subjectIds.forEach(id -> bySubject.put(String.valueOf(id), new ArrayList<>()));
        if (bySubject.isEmpty()) {
            return bySubject;
        }
        String sql = "SELECT n.subject_id, p.notice_no, p.type, p.title, p.published_at, s.new_notice_no"
                + " FROM public_notice_subject n JOIN publication p ON p.notice_no = n.notice_no"
                + " LEFT JOIN supersession s ON s.old_notice_no = p.notice_no"
                + " WHERE n.type IN (" + marks(types.size()) + ") AND n.subject_id IN (" + marks(bySubject.size())
                + ") ORDER BY p.published_at, p.notice_no";
        List<Object> params = new ArrayList<>(types);
        params.addAll(bySubject.keySet());
        try (PreparedStatement s = PublishedNotices.prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                bySubject.get(rs.getString(1)).add(new PublicProject.Notice(rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, LocalDateTime.class), rs.getString(6)));
            }
        }
        return bySubject;
    }

    static String marks(int n) {
        return "?,".repeat(n - 1) + "?";
    }
}
