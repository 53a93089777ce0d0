package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.LedgerTestArchive;
import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An asset's history is append-only at the database, whoever connects: the runtime user (LedgerDS) holds no UPDATE or
 * DELETE on asset_event, asset_source or asset_value, and the owner (LedgerOwnerDS, who could drop a grant) is
 * stopped by the triggers — which also refuse an event dated before the asset's previous one and any event after a
 * completed disposal.
 */
@ExtendWith(ArquillianExtension.class)
class AssetEventsInContainerIT {

    @Deployment
    static WebArchive deployment() {
        return LedgerTestArchive.create("asset-events-it", AssetEventsInContainerIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/LedgerDS")
    DataSource ledger;

    @Resource(lookup = "java:jboss/datasources/LedgerOwnerDS")
    DataSource owner;

    @Test
    void theRuntimeUserCannotChangeOrRemoveAnAssetsHistoryOrWhatItFormedFrom() throws SQLException {
        long asset = assetWithOneEvent();
        try (Connection c = ledger.getConnection(); Statement s = c.createStatement()) {
            for (String sql : List.of("UPDATE asset_event SET actor = 'x' WHERE asset_id = " + asset,
                    "DELETE FROM asset_event WHERE asset_id = " + asset, "UPDATE asset_source SET share = 0.5",
                    "DELETE FROM asset_source", "UPDATE asset_value SET amount = 0", "DELETE FROM asset_value",
                    "DROP TRIGGER asset_event_no_update", "TRUNCATE TABLE asset_event",
                    "UPDATE asset_handover SET to_owner = 'x'", "UPDATE asset_disposal SET reason = 'x'")) {
                SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertTrue(Set.of(1142, 1143, 1044).contains(e.getErrorCode()), sql + ": " + e.getErrorCode() + " "
                        + e.getMessage());
            }
        }
    }

    @Test
    void theTriggersStopEvenTheOwnerAndKeepTheHistoryInOrder() throws SQLException {
        long asset = assetWithOneEvent();
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            for (String sql : List.of("UPDATE asset_event SET actor = 'x' WHERE asset_id = " + asset,
                    "DELETE FROM asset_event WHERE asset_id = " + asset,
                    "INSERT INTO asset_event (asset_id, seq, kind, event_date, actor, actor_name, actor_role, details,"
                            + " recorded_at) VALUES (" + asset + ", 2, 'MAINTENANCE', '2026-01-01', 'u', 'u',"
                            + " 'VILLAGE_CLERK', '{}', NOW(3))")) {
                SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertEquals("45000", e.getSQLState(), sql + ": " + e.getMessage());
            }
            s.execute("INSERT INTO asset_event (asset_id, seq, kind, event_date, actor, actor_name, actor_role, details,"
                    + " recorded_at) VALUES (" + asset + ", 2, 'DISPOSAL_COMPLETED', '2026-01-03', 'u', 'u',"
                    + " 'COUNTY_RURAL_BUREAU', '{}', NOW(3))");
            SQLException after = assertThrows(SQLException.class, () -> s.execute("INSERT INTO asset_event (asset_id,"
                    + " seq, kind, event_date, actor, actor_name, actor_role, details, recorded_at) VALUES (" + asset
                    + ", 3, 'MAINTENANCE', '2026-01-04', 'u', 'u', 'VILLAGE_CLERK', '{}', NOW(3))"));
            assertEquals("45000", after.getSQLState(), after.getMessage());
        }
    }

    /** A bare asset row with its registration dated 2026-01-02, written as the owner (no project needed). */
    private long assetWithOneEvent() throws SQLException {
        try (Connection c = owner.getConnection()) {
            long id;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO asset (code, name, public_name, asset_class,"
                    + " category_code, natural_village_code, county_code, formed_on, original_value, value_entered,"
                    + " stage, last_event_on, created_by, created_at) VALUES (?, '测试资产', '测试资产', 'OPERATING',"
                    + " 'OP-BASE', '532922101201001', '532922000000', '2026-01-02', 1.00, TRUE, 'REGISTERED',"
                    + " '2026-01-02', 'it', NOW(3))", Statement.RETURN_GENERATED_KEYS)) {
                p.setString(1, "IT-" + System.nanoTime() % 100000000000L);
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO asset_event (asset_id, seq, kind, event_date, actor, actor_name, actor_role,"
                        + " details, recorded_at) VALUES (" + id + ", 1, 'REGISTERED', '2026-01-02', 'it', 'it',"
                        + " 'COUNTY_RURAL_BUREAU', '{}', NOW(3))");
            }
            return id;
        }
    }
}
