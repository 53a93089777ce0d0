package cn.sunledger.ledger.application.internal.project;

import cn.sunledger.ledger.domain.model.project.Acceptance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * The acceptances (验收) of projects (V24): written once with the accept step, in its transaction, and never changed
 * (the runtime user may only insert and read these tables). Plain JDBC on the transaction's connection.
 */
@ApplicationScoped
public class AcceptanceStore {

    @PersistenceContext(unitName = "ledger")
    EntityManager em;

    /** An acceptance as stored, with who recorded it and when. */
    public record Recorded(Acceptance acceptance, LocalDateTime at, String by) {
    }

    public void insert(long projectId, Acceptance a, String by, LocalDateTime at) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO project_acceptance (project_id, report_ref,"
                    + " recorded_at, recorded_by) VALUES (?,?,?,?)")) {
                s.setLong(1, projectId);
                s.setString(2, a.reportRef());
                s.setTimestamp(3, Timestamp.valueOf(at));
                s.setString(4, by);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO project_indicator_actual (project_id, seq, actual) VALUES (?,?,?)")) {
                for (int i = 0; i < a.actuals().size(); i++) {
                    s.setLong(1, projectId);
                    s.setInt(2, i);
                    s.setString(3, a.actuals().get(i));
                    s.addBatch();
                }
                s.executeBatch();
            }
        });
    }

    public Optional<Recorded> find(long projectId) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            String ref;
            LocalDateTime at;
            String by;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT report_ref, recorded_at, recorded_by FROM project_acceptance WHERE project_id = ?")) {
                s.setLong(1, projectId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Recorded>empty();
                    }
                    ref = rs.getString(1);
                    at = rs.getObject(2, LocalDateTime.class);
                    by = rs.getString(3);
                }
            }
            List<String> actuals = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT actual FROM project_indicator_actual WHERE project_id = ? ORDER BY seq")) {
                s.setLong(1, projectId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        actuals.add(rs.getString(1));
                    }
                }
            }
            return Optional.of(new Recorded(new Acceptance(ref, actuals), at, by));
        });
    }
}
