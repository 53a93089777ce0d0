package cn.sunledger.ledger.infrastructure.publication;

import cn.sunledger.ledger.domain.model.notice.NoticeFormat;
import cn.sunledger.ledger.domain.model.shared.PersonalDataMasker;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Writes a publication into the insert-only tables the portal reads. Plain JDBC on the transaction's own
 * connection: these rows are written once and never loaded back as entities, and the database's triggers
 * refuse any later UPDATE or DELETE of them.
 */
public final class PublicationStore {

    private PublicationStore() {
    }

    public static void insert(Connection c, FrozenPublication p) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO publication (notice_no, notice_id, type, title, issuer,"
                + " issuer_region_code, doc_number, published_at, period_start, period_end, supersedes, late, sha256_html,"
                + " sha256_pdf, sha256_json, log_region, log_index, search_text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            s.setString(1, p.noticeNo());
            s.setLong(2, p.noticeId());
            s.setString(3, p.type());
            s.setString(4, p.title());
            s.setString(5, p.issuer());
            s.setString(6, p.issuerRegionCode());
            s.setString(7, p.docNumber());
            s.setTimestamp(8, Timestamp.valueOf(p.publishedAt()));
            s.setDate(9, p.periodStart() == null ? null : Date.valueOf(p.periodStart()));
            s.setDate(10, p.periodEnd() == null ? null : Date.valueOf(p.periodEnd()));
            s.setString(11, p.supersedes());
            s.setBoolean(12, p.late());
            s.setString(13, p.sha256().get(NoticeFormat.HTML));
            s.setString(14, p.sha256().get(NoticeFormat.PDF));
            s.setString(15, p.sha256().get(NoticeFormat.JSON));
            s.setString(16, p.logRegion());
            s.setLong(17, p.logIndex());
            s.setString(18, p.searchText());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO publication_region (notice_no, region_code) VALUES (?, ?)")) {
            for (String region : p.regionCodes()) {
                s.setString(1, p.noticeNo());
                s.setString(2, region);
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO publication_rendition (notice_no, format, media_type,"
                + " sha256, byte_size, content) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (NoticeFormat format : NoticeFormat.values()) {
                byte[] bytes = p.renditions().get(format);
                s.setString(1, p.noticeNo());
                s.setString(2, format.name().toLowerCase(Locale.ROOT));
                s.setString(3, format.mediaType());
                s.setString(4, p.sha256().get(format));
                s.setInt(5, bytes.length);
                s.setBytes(6, bytes);
                s.executeUpdate();
            }
        }
    }

    public static void insertSupersession(Connection c, String oldNo, String newNo, String reason, LocalDateTime at)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO supersession (old_notice_no, new_notice_no, reason,"
                + " superseded_at) VALUES (?, ?, ?, ?)")) {
            s.setString(1, oldNo);
            s.setString(2, newNo);
            // not served by the portal today, but stored beside what it serves: masked like the rest
            s.setString(3, PersonalDataMasker.maskText(reason));
            s.setTimestamp(4, Timestamp.valueOf(at));
            s.executeUpdate();
        }
    }

    /** The frozen bytes of a published notice (staff preview of what the portal serves). */
    public static byte[] rendition(Connection c, String noticeNo, NoticeFormat format) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT content FROM publication_rendition WHERE notice_no = ? AND format = ?")) {
            s.setString(1, noticeNo);
            s.setString(2, format.name().toLowerCase(Locale.ROOT));
            try (var rs = s.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }
}
