package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.LedgerTestArchive;
import cn.sunledger.ledger.application.AuditEntry;
import cn.sunledger.ledger.application.AuditTrail;
import cn.sunledger.ledger.application.RegionDirectory;
import cn.sunledger.ledger.application.RegionView;
import cn.sunledger.ledger.application.StaffDirectory;
import cn.sunledger.ledger.application.StaffUserForm;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.domain.service.region.RegionRow;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the provisioned WildFly against the tests' MariaDB database: the real services, the real
 * datasources (with their database users' grants), Envers and Flyway as deployed.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerInContainerIT {

    static final Caller PREFECTURE_ADMIN = new Caller("admin", "管理员", Role.ADMIN, RegionCode.of("532900000000"));
    static final Caller GUANGMING_CLERK = new Caller("guangming.clerk", "光明村填报员", Role.VILLAGE_CLERK,
            RegionCode.of("532922101201"));

    @Deployment
    static WebArchive deployment() {
        return LedgerTestArchive.create("ledger-it", LedgerInContainerIT.class, InsertOnlyStatements.class);
    }

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource portal;

    @Resource(lookup = "java:jboss/datasources/LedgerDS")
    DataSource ledger;

    @Resource(lookup = "java:jboss/datasources/LedgerOwnerDS")
    DataSource owner;

    @Inject
    RegionDirectory regions;

    @Inject
    StaffDirectory staff;

    @Inject
    AuditTrail audit;

    @Test
    void portalDatasourceReadsPublicTablesButCannotInsertUpdateOrDelete() throws SQLException {
        try (Connection c = portal.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM region")) {
                rs.next();
                assertTrue(rs.getLong(1) >= 13, "the portal reads the public region table");
            }
            assertDenied(s, "INSERT INTO region (code, name, level, valid_from) VALUES ('532999000000', 'x', 'COUNTY', '2020-01-01')");
            assertDenied(s, "UPDATE region SET name = 'changed' WHERE code = '532900000000'");
            assertDenied(s, "DELETE FROM region WHERE code = '532932000000'");
            assertDenied(s, "SELECT password_hash FROM app_user");
        }
        try (Connection c = ledger.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM region WHERE code = '532900000000'")) {
            rs.next();
            assertEquals("大理白族自治州", rs.getString(1), "nothing was changed through the portal's datasource");
        }
    }

    private static void assertDenied(Statement s, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
        // 1142: command denied to user for table
        assertEquals(1142, e.getErrorCode(), e.getMessage());
    }

    /**
     * The insert-only triggers hold even for the schema owner, who could drop them: the runtime user cannot even try
     * (DatabaseRolesInContainerIT), so the triggers are the second wall, not the only one.
     */
    @Test
    void theDatabaseRefusesToChangeOrDeletePublishedRowsEvenForTheSchemaOwner() throws SQLException {
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            for (String sql : InsertOnlyStatements.against(s)) {
                SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                // 1644: a trigger's SIGNAL
                assertEquals(1644, e.getErrorCode(), sql + ": " + e.getMessage());
            }
        }
    }

    @Test
    void regionImportWithOneBadRowImportsNothingAndNamesTheRow() {
        List<RegionRow> rows = List.of(
                new RegionRow(2, "532923101000", "测试镇", "TOWNSHIP", "532923000000", null, null),
                new RegionRow(3, "532923101201", "测试村", "VILLAGE", "532923101000", null, null),
                new RegionRow(4, "53292310120", "坏代码", "VILLAGE", "532923101000", null, null),
                new RegionRow(5, "532923101202", "错级别村", "TOWNSHIP", "532923101000", null, null));
        LedgerException refused = assertThrows(LedgerException.class, () -> regions.importRegions(PREFECTURE_ADMIN, rows));
        assertEquals(LedgerException.Kind.RULE, refused.kind());
        assertEquals(List.of(4, 5), refused.violations().stream().map(v -> v.row()).toList());
        assertEquals("import.region.badCode", refused.violations().get(0).messageKey());
        assertThrows(LedgerException.class, () -> regions.get(PREFECTURE_ADMIN, RegionCode.of("532923101000")),
                "the good rows were not imported either");
    }

    @Test
    void importedRegionsCarryWhoImportedThemInTheAuditTrail() {
        int imported = regions.importRegions(PREFECTURE_ADMIN, List.of(
                new RegionRow(2, "532923102000", "审计镇", "乡", "532923000000", "2024-01-01", null),
                new RegionRow(3, "532923102201", "审计村", "村", "532923102000", "2024-01-01", null)));
        assertEquals(2, imported);
        assertEquals("审计村", regions.get(PREFECTURE_ADMIN, RegionCode.of("532923102201")).name());

        regions.importRegions(PREFECTURE_ADMIN, List.of(
                new RegionRow(2, "532923102201", "审计新村", "VILLAGE", "532923102000", "2024-01-01", "2026-12-31")));
        List<AuditEntry> history = audit.history(PREFECTURE_ADMIN, "region", "532923102201");
        assertEquals(2, history.size());
        assertEquals(AuditEntry.ChangeKind.CREATED, history.get(0).kind());
        assertEquals("admin", history.get(0).username());
        AuditEntry rename = history.get(1);
        assertEquals(AuditEntry.ChangeKind.MODIFIED, rename.kind());
        assertTrue(rename.changes().contains(new AuditEntry.FieldChange("name", "审计村", "审计新村")), rename.changes().toString());
        assertTrue(rename.changes().contains(new AuditEntry.FieldChange("validTo", null, "2026-12-31")), rename.changes().toString());
    }

    @Test
    void villageClerkSeesOnlyTheOwnVillageAndIsRefusedElsewhere() {
        List<RegionView> roots = regions.roots(GUANGMING_CLERK);
        assertEquals(List.of("532922101201"), roots.stream().map(RegionView::code).toList());
        List<RegionView> natural = regions.children(GUANGMING_CLERK, RegionCode.of("532922101201"));
        assertEquals(3, natural.size());
        assertTrue(natural.stream().allMatch(r -> r.code().startsWith("532922101201")));
        LedgerException refused = assertThrows(LedgerException.class,
                () -> regions.children(GUANGMING_CLERK, RegionCode.of("532922101202")));
        assertEquals(LedgerException.Kind.FORBIDDEN, refused.kind());
        assertThrows(LedgerException.class, () -> regions.importRegions(GUANGMING_CLERK, List.of()),
                "a clerk may not import regions");
    }

    @Test
    void userChangesAreAuditedWithBeforeAndAfterAndPhonesMasked() {
        staff.create(PREFECTURE_ADMIN, new StaffUserForm("it.reviewer", "测试审核员", Role.TOWNSHIP_REVIEWER,
                "532922102000", "13812345678", "Secret#2026", true));
        staff.update(PREFECTURE_ADMIN, "it.reviewer", new StaffUserForm(null, "测试审核员二", Role.TOWNSHIP_REVIEWER,
                "532922101000", null, null, true));
        List<AuditEntry> history = audit.history(PREFECTURE_ADMIN, "user", "it.reviewer");
        assertEquals(2, history.size());
        AuditEntry change = history.get(1);
        assertTrue(change.changes().contains(new AuditEntry.FieldChange("displayName", "测试审核员", "测试审核员二")));
        assertTrue(change.changes().contains(new AuditEntry.FieldChange("regionCode", "532922102000", "532922101000")));
        String created = history.get(0).changes().toString();
        assertTrue(created.contains("138****5678"), created);
        assertFalse(created.contains("13812345678"), "the audit view never shows a whole phone number");
        assertTrue(staff.callerFor("it.reviewer").isPresent());
    }
}
