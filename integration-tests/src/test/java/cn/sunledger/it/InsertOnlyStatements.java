package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Changes to published rows that nobody may make: each statement would alter or remove a frozen row. */
final class InsertOnlyStatements {

    private InsertOnlyStatements() {
    }

    static List<String> against(Statement s) throws SQLException {
        String noticeNo;
        try (ResultSet rs = s.executeQuery("SELECT notice_no FROM publication ORDER BY notice_no LIMIT 1")) {
            assertTrue(rs.next(), "the demo has published notices");
            noticeNo = rs.getString(1);
        }
        return List.of(
                "UPDATE publication SET title = 'changed' WHERE notice_no = '" + noticeNo + "'",
                "DELETE FROM publication WHERE notice_no = '" + noticeNo + "'",
                "UPDATE publication_rendition SET content = 'x' WHERE notice_no = '" + noticeNo + "'",
                "DELETE FROM publication_rendition WHERE notice_no = '" + noticeNo + "'",
                "DELETE FROM publication_region WHERE notice_no = '" + noticeNo + "'",
                "UPDATE log_entry SET leaf = 'x' WHERE notice_no = '" + noticeNo + "'",
                "DELETE FROM log_checkpoint",
                "UPDATE log_node SET hash = REPEAT('x', 32)",
                "DELETE FROM log_node",
                "UPDATE log_key SET vkey = 'x'",
                "UPDATE project_transition SET actor = 'x'",
                "DELETE FROM supersession");
    }
}
