package cn.sunledger.ledger.application.internal.distribution;

import cn.sunledger.ledger.application.asset.AttachmentFile;
import cn.sunledger.ledger.application.distribution.MinutesView;
import cn.sunledger.ledger.domain.model.distribution.MeetingKind;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.infrastructure.persistence.jdbc.TransactionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The meetings' scanned minutes (V35 {@code distribution_meeting_minutes}), insert-only. Descriptions are read without
 * the bytes; the bytes only to download.
 */
@ApplicationScoped
public class MeetingMinutesStore {

    private static final String DESCRIPTION = "SELECT id, plan_id, kind, file_name, media_type, byte_size, sha256,"
            + " uploaded_by_name, uploaded_by_role, uploaded_at FROM distribution_meeting_minutes WHERE plan_id = ?";

    @Inject
    TransactionJdbc jdbc;

    /** A file as it is to be stored: checked, named and hashed by {@link MinutesFiles}. */
    public record NewMinutes(long planId, MeetingKind kind, String fileName, String mediaType, byte[] content,
            String sha256, String uploadedBy, String uploadedByName, Role role, LocalDateTime at) {
    }

    public long insert(NewMinutes m) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO distribution_meeting_minutes (plan_id, kind,"
                    + " file_name, media_type, byte_size, sha256, content, uploaded_by, uploaded_by_name,"
                    + " uploaded_by_role, uploaded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setLong(1, m.planId());
                s.setString(2, m.kind().name());
                s.setString(3, m.fileName());
                s.setString(4, m.mediaType());
                s.setInt(5, m.content().length);
                s.setString(6, m.sha256());
                s.setBytes(7, m.content());
                s.setString(8, m.uploadedBy());
                s.setString(9, m.uploadedByName());
                s.setString(10, m.role().name());
                s.setTimestamp(11, Timestamp.valueOf(m.at()));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** The plan's files, oldest first. */
    public List<MinutesView> list(long planId) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement(DESCRIPTION + " ORDER BY id")) {
                s.setLong(1, planId);
                try (ResultSet rs = s.executeQuery()) {
                    List<MinutesView> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(view(rs));
                    }
                    return out;
                }
            }
        });
    }

    public Optional<MinutesView> one(long planId, long id) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement(DESCRIPTION + " AND id = ?")) {
                s.setLong(1, planId);
                s.setLong(2, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(view(rs)) : Optional.<MinutesView>empty();
                }
            }
        });
    }

    /** The bytes of the plan's file {@code id}, if it is one of the plan's. */
    public Optional<AttachmentFile> file(long planId, long id) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT content, media_type, file_name"
                    + " FROM distribution_meeting_minutes WHERE plan_id = ? AND id = ?")) {
                s.setLong(1, planId);
                s.setLong(2, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(new AttachmentFile(rs.getBytes(1), rs.getString(2), rs.getString(3)))
                            : Optional.<AttachmentFile>empty();
                }
            }
        });
    }

    private static MinutesView view(ResultSet rs) throws SQLException {
        return new MinutesView(rs.getLong(1), rs.getLong(2), MeetingKind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8), Role.valueOf(rs.getString(9)),
                rs.getTimestamp(10).toLocalDateTime());
    }
}
