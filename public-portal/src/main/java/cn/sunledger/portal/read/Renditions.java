package cn.sunledger.portal.read;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** The frozen HTML, PDF and JSON bytes of published notices, and lookups by their hashes. */
@ApplicationScoped
public class Renditions {

    private static final Logger LOG = Logger.getLogger(Renditions.class.getName());

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource portal;

    /** Where a document with a given hash was published (for /verify). */
    public record Match(String sha256, String format, String noticeNo, String title, LocalDateTime publishedAt,
            String logRegion, long logIndex) {
    }

    /** A PDF that belongs in an export, without its bytes. */
    public record PdfItem(String noticeNo, String sha256, long logIndex, LocalDateTime publishedAt) {
    }

    public Optional<Rendition> load(String noticeNo, String format) {
        String sql = "SELECT media_type, sha256, content FROM publication_rendition WHERE notice_no = ? AND format = ?";
        try (Connection c = portal.getConnection();
                PreparedStatement s = PublishedNotices.prepare(c, sql, List.of(noticeNo, format));
                ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            byte[] content = rs.getBytes(3);
            String sha256 = rs.getString(2);
            checkIntegrity(noticeNo + "." + format, content, sha256);
            return Optional.of(Rendition.of(noticeNo, format, content, sha256, rs.getString(1)));
        } catch (SQLException e) {
            throw new IllegalStateException("portal database read failed", e);
        }
    }

    /** The stored PDF bytes of one notice, or null if it has none. */
    public byte[] pdf(String noticeNo) {
        return load(noticeNo, "pdf").map(Rendition::content).orElse(null);
    }

    public List<Match> findByHash(String sha256) {
        String sql = "SELECT r.sha256, r.format, p.notice_no, p.title, p.published_at, p.log_region, p.log_index"
                + " FROM publication_rendition r JOIN publication p ON p.notice_no = r.notice_no"
                + " WHERE r.sha256 = ? ORDER BY p.published_at, r.format";
        try (Connection c = portal.getConnection();
                PreparedStatement s = PublishedNotices.prepare(c, sql, List.of(sha256));
                ResultSet rs = s.executeQuery()) {
            List<Match> found = new java.util.ArrayList<>();
            while (rs.next()) {
                found.add(new Match(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDateTime.class), rs.getString(6), rs.getLong(7)));
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("portal database read failed", e);
        }
    }

    /** The PDFs of every notice the filter selects, oldest first (the order of the log). */
    public List<PdfItem> pdfItems(NoticeFilter filter) {
        List<Object> params = new java.util.ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT p.notice_no, r.sha256, p.log_index, p.published_at"
                + " FROM publication p JOIN publication_rendition r ON r.notice_no = p.notice_no AND r.format = 'pdf'");
        filter.appendWhere(sql, params);
        sql.append(" ORDER BY p.published_at, p.notice_no");
        try (Connection c = portal.getConnection();
                PreparedStatement s = PublishedNotices.prepare(c, sql.toString(), params);
                ResultSet rs = s.executeQuery()) {
            List<PdfItem> items = new java.util.ArrayList<>();
            while (rs.next()) {
                items.add(new PdfItem(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, LocalDateTime.class)));
            }
            return items;
        } catch (SQLException e) {
            throw new IllegalStateException("portal database read failed", e);
        }
    }

    /**
     * Published bytes are served exactly as stored, with the hash recorded at publication as their ETag, so
     * a mismatch is not hidden: any reader who hashes what they received will see it. It is logged loudly
     * here because it means the insert-only store was tampered with or corrupted.
     */
    private static void checkIntegrity(String what, byte[] content, String sha256) {
        if (!HexFormat.of().formatHex(sha256(content)).equalsIgnoreCase(sha256)) {
            LOG.log(Level.SEVERE, "stored bytes of {0} do not match their published SHA-256 {1}",
                    new Object[] {what, sha256});
        }
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every Java runtime", e);
        }
    }
}
