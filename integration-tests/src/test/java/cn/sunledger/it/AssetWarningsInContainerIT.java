package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.LedgerTestArchive;
import cn.sunledger.ledger.application.asset.AssetWarning;
import cn.sunledger.ledger.application.asset.AssetWarning.Kind;
import cn.sunledger.ledger.application.asset.AssetWarning.Level;
import cn.sunledger.ledger.application.asset.AssetWarnings;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The supervision warnings of the 四个一批 dashboard find exactly the assets that call for them: bare asset rows of
 * each kind are written as the owner (as AssetEventsInContainerIT does), and the service must name each one under its
 * kinds and level — and a normal and a disposed asset under none. 未登记资产 is checked against an independent SQL
 * of the county's accepted projects that no asset names.
 */
@ExtendWith(ArquillianExtension.class)
class AssetWarningsInContainerIT {

    private static final String VILLAGE = "532922101201001";
    private static final Caller COUNTY = new Caller("yangbi.rural", "漾濞县农业农村局", Role.COUNTY_RURAL_BUREAU,
            RegionCode.of("532922000000"));
    private static final Caller OTHER_COUNTY = new Caller("binchuan.finance", "宾川县财政局", Role.COUNTY_FINANCE,
            RegionCode.of("532924000000"));

    @Deployment
    static WebArchive deployment() {
        return LedgerTestArchive.create("asset-warnings-it", AssetWarningsInContainerIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/LedgerOwnerDS")
    DataSource owner;

    @Inject
    AssetWarnings warnings;

    @Inject
    BusinessClock clock;

    @Test
    void eachAssetIsWarnedOfUnderItsKindsAndLevelsAndANormalOrDisposedOneUnderNone() throws SQLException {
        LocalDate today = clock.today();
        long idle = asset("HANDED_OVER", "IDLE", null, today.plusDays(30));
        long lowExpired = asset("HANDED_OVER", "LOW_EFFICIENCY", "村集体管护小组", today.minusDays(5));
        long farContract = asset("HANDED_OVER", "NORMAL", "村集体管护小组", today.plusDays(200));
        long normal = asset("HANDED_OVER", "NORMAL", "村集体管护小组", null);
        long notYetHandedOver = asset("REGISTERED", null, null, null);
        long disposed = asset("DISPOSED", "DISPOSED", null, today.minusDays(400));

        Map<Long, Map<Kind, AssetWarning>> byAsset = new HashMap<>();
        for (AssetWarning w : warnings.warnings(COUNTY, null)) {
            if (!w.kind().aboutProject()) {
                byAsset.computeIfAbsent(w.subjectId(), k -> new HashMap<>()).put(w.kind(), w);
            }
        }

        Map<Kind, AssetWarning> ofIdle = byAsset.get(idle);
        assertEquals(Set.of(Kind.IDLE, Kind.CONTRACT_EXPIRING, Kind.NO_CARETAKER), ofIdle.keySet());
        assertEquals(Level.WARNING, ofIdle.get(Kind.IDLE).level());
        assertEquals(today.plusDays(30), ofIdle.get(Kind.CONTRACT_EXPIRING).since());
        assertEquals(-30L, ofIdle.get(Kind.CONTRACT_EXPIRING).days());
        assertEquals(villageName(), ofIdle.get(Kind.IDLE).placeName(), "the place is the natural village's name");

        Map<Kind, AssetWarning> ofLow = byAsset.get(lowExpired);
        assertEquals(Set.of(Kind.LOW_EFFICIENCY, Kind.CONTRACT_EXPIRED), ofLow.keySet());
        assertEquals(Level.NOTICE, ofLow.get(Kind.LOW_EFFICIENCY).level());
        assertEquals(Level.SERIOUS, ofLow.get(Kind.CONTRACT_EXPIRED).level());
        assertEquals(5L, ofLow.get(Kind.CONTRACT_EXPIRED).days());

        for (long quiet : List.of(farContract, normal, notYetHandedOver, disposed)) {
            assertEquals(null, byAsset.get(quiet), "asset " + quiet + " calls for no warning");
        }
    }

    @Test
    void theWarningsOfARegionStayInItAndAnotherCountysCallerIsRefused() throws SQLException {
        long idle = asset("HANDED_OVER", "IDLE", "村集体管护小组", null);
        Set<Long> inOtherCounty = warnings.warnings(OTHER_COUNTY, null).stream().map(AssetWarning::subjectId)
                .collect(Collectors.toSet());
        assertTrue(!inOtherCounty.contains(idle), "宾川's warnings hold no asset of 漾濞");
        assertTrue(warnings.warnings(OTHER_COUNTY, null).stream().allMatch(w -> w.placeCode().startsWith("532924")));
        assertThrows(LedgerException.class, () -> warnings.warnings(OTHER_COUNTY, RegionCode.of("532922000000")));
    }

    @Test
    void acceptedProjectsWithoutAnAssetAreExactlyThoseNoAssetNamesWithLevelsByTheirAge() throws SQLException {
        LocalDate today = clock.today();
        Map<Long, AssetWarning> listed = warnings.warnings(COUNTY, null).stream()
                .filter(w -> w.kind() == Kind.UNREGISTERED_PROJECT)
                .collect(Collectors.toMap(AssetWarning::subjectId, w -> w));
        Set<Long> expected = new HashSet<>();
        try (Connection c = owner.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT p.id FROM project p LEFT JOIN asset_source a"
                        + " ON a.project_id = p.id WHERE p.status = 'ACCEPTED' AND p.village_code LIKE '532922%'"
                        + " GROUP BY p.id HAVING COUNT(a.project_id) = 0")) {
            while (rs.next()) {
                expected.add(rs.getLong(1));
            }
        }
        assertEquals(expected, listed.keySet());
        for (AssetWarning w : listed.values()) {
            assertTrue(w.since() != null && !w.since().isAfter(today), "accepted on a past day: " + w);
            long days = w.days();
            Level level = days < 30 ? Level.NOTICE : days < 90 ? Level.WARNING : Level.SERIOUS;
            assertEquals(level, w.level(), w.toString());
        }
    }

    private String villageName() throws SQLException {
        try (Connection c = owner.getConnection();
                PreparedStatement p = c.prepareStatement("SELECT name FROM region WHERE code = ?")) {
            p.setString(1, VILLAGE);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** A bare asset row in 光明村's first natural village, written as the owner. */
    private long asset(String stage, String status, String caretaker, LocalDate contractTo) throws SQLException {
        LocalDate formed = clock.today().minusDays(500);
        try (Connection c = owner.getConnection(); PreparedStatement p = c.prepareStatement("INSERT INTO asset"
                + " (code, name, public_name, asset_class, category_code, natural_village_code, county_code,"
                + " formed_on, original_value, value_entered, stage, status, caretaker, contract_to, last_event_on,"
                + " created_by, created_at) VALUES (?, '预警测试资产', '预警测试资产', 'OPERATING', 'OP-BASE', ?, '532922000000', ?, 1.00, TRUE,"
                + " ?, ?, ?, ?, ?, 'it', NOW(3))", Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, "WIT-" + System.nanoTime() % 10000000000L);
            p.setString(2, VILLAGE);
            p.setDate(3, Date.valueOf(formed));
            p.setString(4, stage);
            p.setString(5, status);
            p.setString(6, caretaker);
            p.setDate(7, contractTo == null ? null : Date.valueOf(contractTo));
            p.setDate(8, Date.valueOf(formed));
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
