package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.LedgerTestArchive;
import cn.sunledger.ledger.domain.model.shared.PersonalDataMasker;
import cn.sunledger.ledger.infrastructure.persistence.migration.V30__PublicAssets;
import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What each database user may do, checked on the deployed datasources: the runtime user (LedgerDS) has DML only and
 * no UPDATE or DELETE on an insert-only table, so it cannot drop the triggers that guard them either; the portal
 * reads projects only through the public views, which hold no draft and no non-public column.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseRolesInContainerIT {

    @Deployment
    static WebArchive deployment() {
        return LedgerTestArchive.create("database-roles-it", DatabaseRolesInContainerIT.class, InsertOnlyStatements.class);
    }

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource portal;

    @Resource(lookup = "java:jboss/datasources/LedgerDS")
    DataSource ledger;

    @Resource(lookup = "java:jboss/datasources/LedgerOwnerDS")
    DataSource owner;

    @Test
    void theRuntimeUserHoldsNoDdlTriggerOrGrantPrivilege() throws SQLException {
        List<String> grants = new ArrayList<>();
        try (Connection c = ledger.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW GRANTS FOR CURRENT_USER")) {
            while (rs.next()) {
                grants.add(rs.getString(1));
            }
        }
        assertTrue(grants.stream().anyMatch(g -> g.startsWith("GRANT SELECT, INSERT ON `")), String.join("\n", grants));
        for (String grant : grants) {
            assertFalse(grant.contains("WITH GRANT OPTION"), grant);
            String privileges = grant.substring("GRANT ".length(), grant.indexOf(" ON "));
            // a column grant reads "UPDATE (`unallocated`)": the privilege is the word before the column list
            for (String privilege : privileges.replaceAll("\\s*\\([^)]*\\)", "").split(",\\s*")) {
                assertTrue(Set.of("USAGE", "SELECT", "INSERT", "UPDATE", "DELETE").contains(privilege), grant);
            }
        }
    }

    @Test
    void theRuntimeUserCanNeitherChangeInsertOnlyRowsNorDropTheirGuards() throws SQLException {
        try (Connection c = ledger.getConnection(); Statement s = c.createStatement()) {
            List<String> refused = new ArrayList<>(InsertOnlyStatements.against(s));
            refused.addAll(List.of("DELETE FROM supersession", "UPDATE notice_posting SET posted_on = posted_on",
                    "DELETE FROM notice_posting", "DELETE FROM audit_revision", "UPDATE project_aud SET name = 'x'",
                    "DROP TRIGGER publication_no_update", "TRUNCATE TABLE log_entry", "DROP TABLE publication",
                    "ALTER TABLE publication DROP COLUMN title", "CREATE TABLE shadow (a INT)",
                    "CREATE TRIGGER sneaky BEFORE INSERT ON project FOR EACH ROW SET NEW.name = NEW.name",
                    "GRANT SELECT ON app_user TO CURRENT_USER",
                    // a distribution plan's lines, meetings, steps and payments (V34)
                    "UPDATE distribution_line SET amount = amount", "DELETE FROM distribution_line",
                    "UPDATE distribution_meeting SET votes_for = votes_for", "DELETE FROM distribution_step",
                    "UPDATE distribution_payment SET amount = amount", "DELETE FROM distribution_payment",
                    "DELETE FROM distribution_plan", "DELETE FROM owner_funds_guard",
                    // a meeting's scanned minutes (V35)
                    "UPDATE distribution_meeting_minutes SET file_name = file_name",
                    "DELETE FROM distribution_meeting_minutes"));
            for (String sql : refused) {
                SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                // 1142: command denied for the table; 1044: access denied to the database
                assertTrue(Set.of(1142, 1044).contains(e.getErrorCode()), sql + ": " + e.getErrorCode() + " "
                        + e.getMessage());
            }
        }
    }

    /** Every table guarded by an insert-only trigger, and the audit trail and postings, is insert-only for the runtime user. */
    @Test
    void noInsertOnlyTableGrantsTheRuntimeUserUpdateOrDelete() throws SQLException {
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            Set<String> insertOnly = new TreeSet<>();
            try (ResultSet rs = s.executeQuery("SELECT DISTINCT EVENT_OBJECT_TABLE FROM information_schema.TRIGGERS"
                    + " WHERE TRIGGER_SCHEMA = DATABASE() AND (TRIGGER_NAME LIKE '%no_update' OR TRIGGER_NAME LIKE '%no_delete')")) {
                while (rs.next()) {
                    insertOnly.add(rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM information_schema.TABLES"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND (TABLE_NAME LIKE '%aud' OR TABLE_NAME IN"
                    + " ('audit_revision', 'notice_posting', 'log_signing_key'))")) {
                while (rs.next()) {
                    insertOnly.add(rs.getString(1));
                }
            }
            assertTrue(insertOnly.containsAll(List.of("publication", "publication_rendition", "log_entry",
                    "project_transition", "project_aud", "notice_posting")), insertOnly.toString());
            List<String> granted = new ArrayList<>();
            // information_schema shows a user its own table privileges (and no one else's, to the owner)
            try (Connection runtime = ledger.getConnection(); Statement q = runtime.createStatement();
                    ResultSet rs = q.executeQuery("SELECT TABLE_NAME, PRIVILEGE_TYPE FROM information_schema.TABLE_PRIVILEGES"
                            + " WHERE TABLE_SCHEMA = DATABASE() AND PRIVILEGE_TYPE IN ('UPDATE', 'DELETE')")) {
                while (rs.next()) {
                    granted.add(rs.getString(1) + " " + rs.getString(2));
                }
            }
            assertTrue(granted.contains("project UPDATE"), "the mutable tables are granted: " + granted);
            assertTrue(granted.stream().noneMatch(g -> insertOnly.contains(g.substring(0, g.indexOf(' ')))),
                    "UPDATE/DELETE on an insert-only table: " + granted);
        }
    }

    @Test
    void thePortalSeesProjectsOnlyThroughViewsThatHoldNoDraft() throws SQLException {
        long drafts;
        long published;
        try (Connection c = ledger.getConnection(); Statement s = c.createStatement()) {
            drafts = count(s, "SELECT COUNT(*) FROM project WHERE status = 'DRAFT'");
            published = count(s, "SELECT COUNT(*) FROM project WHERE status <> 'DRAFT'");
        }
        assertTrue(drafts > 0 && published > 0, "the demo has drafts and public projects");
        try (Connection c = portal.getConnection(); Statement s = c.createStatement()) {
            assertEquals(0, count(s, "SELECT COUNT(*) FROM public_project WHERE status = 'DRAFT'"));
            assertEquals(published, count(s, "SELECT COUNT(*) FROM public_project"));
            assertEquals(0, count(s, "SELECT COUNT(*) FROM public_project_natural_village nv"
                    + " LEFT JOIN public_project p ON p.id = nv.project_id WHERE p.id IS NULL"), "no draft's villages");
            for (String table : List.of("project", "project_natural_village", "project_fund_share", "project_indicator",
                    "notice", "notice_posting", "notice_objection", "policy_document", "app_user")) {
                SQLException e = assertThrows(SQLException.class,
                        () -> s.executeQuery("SELECT * FROM " + table + " LIMIT 1"), table);
                // 1142: SELECT command denied to user for table
                assertEquals(1142, e.getErrorCode(), table + ": " + e.getMessage());
            }
        }
    }

    /**
     * The portal reads assets only through the V30 views: every asset table is refused to it, every registered asset
     * is in public_asset with its name and operator exactly as the one masker leaves them, and a household's owners
     * and operator are not there at all.
     */
    @Test
    void thePortalSeesAssetsOnlyThroughViewsOfMaskedNames() throws SQLException {
        Map<Long, String[]> assets = new HashMap<>();
        long householdOwners;
        try (Connection c = ledger.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, name, operator, asset_class, owner_level FROM asset")) {
                while (rs.next()) {
                    boolean personal = "HOUSEHOLD".equals(rs.getString(4)) || "HOUSEHOLD".equals(rs.getString(5));
                    assets.put(rs.getLong(1), new String[] {PersonalDataMasker.maskText(rs.getString(2)),
                        personal ? null : PersonalDataMasker.maskText(rs.getString(3))});
                }
            }
            householdOwners = count(s, "SELECT COUNT(*) FROM asset_owner o JOIN asset a ON a.id = o.asset_id"
                    + " WHERE a.asset_class = 'HOUSEHOLD' OR a.owner_level = 'HOUSEHOLD'");
        }
        try (Connection c = portal.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("asset", "asset_owner", "asset_source", "asset_value", "asset_event",
                    "asset_handover", "asset_disposal", "asset_income", "asset_category")) {
                SQLException e = assertThrows(SQLException.class,
                        () -> s.executeQuery("SELECT * FROM " + table + " LIMIT 1"), table);
                assertEquals(1142, e.getErrorCode(), table + ": " + e.getMessage());
            }
            Map<Long, String[]> shown = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT id, name, operator FROM public_asset")) {
                while (rs.next()) {
                    shown.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
            assertEquals(assets.keySet(), shown.keySet(), "every registered asset is public");
            assets.forEach((id, expected) -> assertArrayEquals(expected, shown.get(id), "asset " + id));
            if (householdOwners > 0) {
                assertEquals(0, count(s, "SELECT COUNT(*) FROM public_asset_owner o JOIN public_asset a"
                        + " ON a.id = o.asset_id WHERE a.personal_owner"), "no household's owner is public");
            }
        }
    }

    /** V30's masking of the rows that existed before it, on rows written past the application with unmasked copies. */
    @Test
    void theMigrationMasksTheNamesOfAssetsThatExistedBeforeIt() throws SQLException {
        String code = "MIG-" + System.nanoTime() % 10000000000L;
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO asset (code, name, public_name, asset_class, category_code, natural_village_code,"
                    + " county_code, formed_on, original_value, value_entered, stage, owner_level, operator,"
                    + " public_operator, last_event_on, created_by, created_at) VALUES ('" + code + "',"
                    + " '迁移前资产 13812345678', '迁移前资产 13812345678', 'OPERATING', 'OP-BASE', '532922101201003',"
                    + " '532922000000', CURDATE(), 1.00, TRUE, 'OWNERSHIP_CONFIRMED', 'VILLAGE', '某公司 13912345678',"
                    + " '某公司 13912345678', CURDATE(), 'it', NOW(3))");
            long id = count(s, "SELECT id FROM asset WHERE code = '" + code + "'");
            s.executeUpdate("INSERT INTO asset_owner (asset_id, seq, entity_name, public_entity_name, share) VALUES ("
                    + id + ", 0, '核桃箐合作社 532922198001011238', '核桃箐合作社 532922198001011238', 1)");

            V30__PublicAssets.maskExisting(c);

            try (ResultSet rs = s.executeQuery("SELECT a.public_name, a.public_operator, o.public_entity_name, a.name"
                    + " FROM asset a JOIN asset_owner o ON o.asset_id = a.id WHERE a.id = " + id)) {
                assertTrue(rs.next());
                assertEquals("迁移前资产 138****5678", rs.getString(1));
                assertEquals("某公司 139****5678", rs.getString(2));
                assertEquals("核桃箐合作社 5329**********1238", rs.getString(3));
                assertEquals("迁移前资产 13812345678", rs.getString(4), "the ledger's own name is kept as typed");
            }
        }
    }

    /** Scanned fund documents are never public: the portal user cannot read them and no view reads them. */
    @Test
    void noPortalGrantOrViewReachesTheScannedFundDocuments() throws SQLException {
        try (Connection c = portal.getConnection(); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class,
                    () -> s.executeQuery("SELECT content FROM fund_document_scan LIMIT 1"));
            assertEquals(1142, e.getErrorCode(), e.getMessage());
            assertEquals(0, count(s, "SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                    + " AND TABLE_NAME = 'fund_document_scan'"), "the portal sees no column of the scans");
        }
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            assertEquals(0, count(s, "SELECT COUNT(*) FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE()"
                    + " AND VIEW_DEFINITION LIKE '%fund_document_scan%'"), "no view reads the scans");
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
