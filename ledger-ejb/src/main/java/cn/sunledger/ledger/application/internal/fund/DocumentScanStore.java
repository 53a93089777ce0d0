package cn.sunledger.ledger.application.internal.fund;

import cn.sunledger.ledger.application.fund.DocumentScan;
import cn.sunledger.ledger.application.fund.ScanFile;
import cn.sunledger.ledger.domain.model.shared.FileType;
import cn.sunledger.ledger.infrastructure.persistence.jdbc.TransactionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The scans of fund documents (V26 {@code fund_document_scan}), insert-only: attaching again adds a row and the
 * newest row is the document's scan. The description is read without the bytes; the bytes only to download.
 */
@ApplicationScoped
public class DocumentScanStore {

    @Inject
    TransactionJdbc jdbc;

    public void insert(long documentId, byte[] content, String mediaType, String fileName, String sha256,
            String attachedBy, LocalDateTime at) {
        jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO fund_document_scan (fund_document_id, content,"
                    + " media_type, file_name, byte_size, sha256, attached_by, attached_at) VALUES (?,?,?,?,?,?,?,?)")) {
                s.setLong(1, documentId);
                s.setBytes(2, content);
                s.setString(3, mediaType);
                s.setString(4, fileName);
                s.setInt(5, content.length);
                s.setString(6, sha256);
                s.setString(7, attachedBy);
                s.setTimestamp(8, Timestamp.valueOf(at));
                s.executeUpdate();
            }
            return null;
        });
    }

    public Optional<DocumentScan> current(long documentId) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT file_name, media_type, byte_size, attached_at"
                    + " FROM fund_document_scan WHERE fund_document_id = ? ORDER BY id DESC LIMIT 1")) {
                s.setLong(1, documentId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(new DocumentScan(rs.getString(1), rs.getString(2), rs.getInt(3),
                            rs.getTimestamp(4).toLocalDateTime())) : Optional.<DocumentScan>empty();
                }
            }
        });
    }

    /** The current scan's bytes and media type, named {@code downloadName} plus the type's extension. */
    public Optional<ScanFile> currentFile(long documentId, String downloadName) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT content, media_type FROM fund_document_scan"
                    + " WHERE fund_document_id = ? ORDER BY id DESC LIMIT 1")) {
                s.setLong(1, documentId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<ScanFile>empty();
                    }
                    String type = rs.getString(2);
                    return Optional.of(new ScanFile(rs.getBytes(1), type,
                            downloadName + FileType.ofMediaType(type).extension()));
                }
            }
        });
    }

}
