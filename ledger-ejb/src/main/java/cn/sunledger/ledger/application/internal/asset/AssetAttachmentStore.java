package cn.sunledger.ledger.application.internal.asset;

import cn.sunledger.ledger.application.asset.AttachmentFile;
import cn.sunledger.ledger.application.asset.AttachmentView;
import cn.sunledger.ledger.domain.model.asset.AssetEventKind;
import cn.sunledger.ledger.domain.model.asset.AttachmentKind;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.infrastructure.persistence.jdbc.TransactionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The files attached to assets (V29 {@code asset_attachment}), insert-only. Descriptions are read without the bytes,
 * with the step each belongs to joined in; the bytes only to download.
 */
@ApplicationScoped
public class AssetAttachmentStore {

    private static final String DESCRIPTION = "SELECT f.id, f.asset_id, f.kind, f.file_name, f.media_type, f.byte_size,"
            + " f.sha256, f.caption, f.event_seq, e.kind, e.event_date, f.uploaded_by_name, f.uploaded_by_role,"
            + " f.uploaded_at FROM asset_attachment f LEFT JOIN asset_event e ON e.asset_id = f.asset_id"
            + " AND e.seq = f.event_seq WHERE f.asset_id = ?";

    @Inject
    TransactionJdbc jdbc;

    /** A file as it is to be stored: checked, named and hashed by the service. */
    public record NewAttachment(long assetId, Integer eventSeq, AttachmentKind kind, String fileName, String mediaType,
            byte[] content, String sha256, String caption, String uploadedBy, String uploadedByName, Role role,
            java.time.LocalDateTime at) {
    }

    public long insert(NewAttachment a) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO asset_attachment (asset_id, event_seq, kind,"
                    + " file_name, media_type, byte_size, sha256, content, caption, uploaded_by, uploaded_by_name,"
                    + " uploaded_by_role, uploaded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setLong(1, a.assetId());
                if (a.eventSeq() == null) {
                    s.setNull(2, Types.INTEGER);
                } else {
                    s.setInt(2, a.eventSeq());
                }
                s.setString(3, a.kind().name());
                s.setString(4, a.fileName());
                s.setString(5, a.mediaType());
                s.setInt(6, a.content().length);
                s.setString(7, a.sha256());
                s.setBytes(8, a.content());
                s.setString(9, a.caption());
                s.setString(10, a.uploadedBy());
                s.setString(11, a.uploadedByName());
                s.setString(12, a.role().name());
                s.setTimestamp(13, Timestamp.valueOf(a.at()));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** The kind of the asset's step {@code seq}, if the asset has one. */
    public Optional<AssetEventKind> eventKind(long assetId, int seq) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT kind FROM asset_event WHERE asset_id = ? AND seq = ?")) {
                s.setLong(1, assetId);
                s.setInt(2, seq);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(AssetEventKind.valueOf(rs.getString(1)))
                            : Optional.<AssetEventKind>empty();
                }
            }
        });
    }

    /** The asset's files, oldest first. */
    public List<AttachmentView> list(long assetId) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement(DESCRIPTION + " ORDER BY f.id")) {
                s.setLong(1, assetId);
                try (ResultSet rs = s.executeQuery()) {
                    List<AttachmentView> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(view(rs));
                    }
                    return out;
                }
            }
        });
    }

    public Optional<AttachmentView> one(long assetId, long id) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement(DESCRIPTION + " AND f.id = ?")) {
                s.setLong(1, assetId);
                s.setLong(2, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(view(rs)) : Optional.<AttachmentView>empty();
                }
            }
        });
    }

    /** The bytes of the asset's file {@code id}, if it is one of the asset's. */
    public Optional<AttachmentFile> file(long assetId, long id) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT content, media_type, file_name FROM asset_attachment"
                    + " WHERE asset_id = ? AND id = ?")) {
                s.setLong(1, assetId);
                s.setLong(2, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(new AttachmentFile(rs.getBytes(1), rs.getString(2), rs.getString(3)))
                            : Optional.<AttachmentFile>empty();
                }
            }
        });
    }

    private static AttachmentView view(ResultSet rs) throws SQLException {
        int seq = rs.getInt(9);
        boolean ofStep = !rs.wasNull();
        String eventKind = rs.getString(10);
        return new AttachmentView(rs.getLong(1), rs.getLong(2), AttachmentKind.valueOf(rs.getString(3)),
                rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8),
                ofStep ? seq : null, eventKind == null ? null : AssetEventKind.valueOf(eventKind),
                rs.getObject(11, LocalDate.class), rs.getString(12), Role.valueOf(rs.getString(13)),
                rs.getTimestamp(14).toLocalDateTime());
    }
}
