package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.sunledger.it.support.LedgerTestArchive;
import cn.sunledger.ledger.application.asset.AssetFilter;
import cn.sunledger.ledger.application.asset.AssetList;
import cn.sunledger.ledger.application.asset.AssetRegister;
import cn.sunledger.ledger.application.asset.AssetSummary;
import cn.sunledger.ledger.domain.model.asset.OwnerLevel;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
 * The register's list as its screen uses it: the name search takes its text literally (a % in it is no wildcard),
 * the totals row's count and Σ原值 are those of the whole filtered set — equal to an independent SQL over the
 * database, not the page's —, the owner-level filter holds, and each row names its owners. Bare REGISTERED asset
 * rows (which call for no warning) are written as the owner, as AssetWarningsInContainerIT does.
 */
@ExtendWith(ArquillianExtension.class)
class AssetRegisterListInContainerIT {

    private static final String VILLAGE = "532922101201001";
    private static final Caller COUNTY = new Caller("yangbi.rural", "漾濞县农业农村局", Role.COUNTY_RURAL_BUREAU,
            RegionCode.of("532922000000"));

    @Deployment
    static WebArchive deployment() {
        return LedgerTestArchive.create("asset-register-list-it", AssetRegisterListInContainerIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/LedgerOwnerDS")
    DataSource owner;

    @Inject
    AssetRegister register;

    @Test
    void theSearchIsLiteralAndTheTotalsAreThoseOfTheWholeFilteredSet() throws SQLException {
        String marker = "台账%合计" + System.nanoTime() % 1000000000L;
        long owned = asset(marker + "甲", "1234.56", "VILLAGE");
        asset(marker + "乙", "100.00", null);
        asset(marker + "丙", "0.01", null);
        // matched only if the % of the search were a wildcard
        asset(marker.replace("%", "X") + "丁", "999.00", null);
        ownedBy(owned, "光明村股份经济合作社");

        AssetList firstPage = register.list(COUNTY, new AssetFilter(null, null, null, null, marker), 0, 1);
        assertEquals(1, firstPage.page().items().size());
        assertEquals(3, firstPage.page().total());
        assertEquals(3, firstPage.totals().count());
        assertEquals(Money.of(new BigDecimal("1334.57")), firstPage.totals().originalValue());
        assertEquals(sqlTotals(marker), List.of(BigDecimal.valueOf(firstPage.totals().count()),
                firstPage.totals().originalValue().toBigDecimal()), "the totals equal an independent SQL");

        AssetList village = register.list(COUNTY, new AssetFilter(null, null, null, OwnerLevel.VILLAGE, marker), 0, 50);
        assertEquals(1, village.totals().count());
        AssetSummary row = village.page().items().get(0);
        assertEquals(owned, row.id());
        assertEquals("光明村股份经济合作社", row.owners());
        assertEquals(OwnerLevel.VILLAGE, row.ownerLevel());
        assertEquals(Money.of(new BigDecimal("1234.56")), village.totals().originalValue());

        AssetList none = register.list(COUNTY, new AssetFilter(RegionCode.of("532922102000"), null, null, null,
                marker), 0, 50);
        assertEquals(AssetList.Totals.NONE.count(), none.totals().count(), "another township holds none of them");
        assertEquals(Money.ZERO, none.totals().originalValue());
    }

    /** COUNT and SUM of the county's assets whose name holds the text, as plain SQL with a literal match. */
    private List<BigDecimal> sqlTotals(String text) throws SQLException {
        try (Connection c = owner.getConnection(); PreparedStatement p = c.prepareStatement("SELECT COUNT(*),"
                + " COALESCE(SUM(original_value), 0) FROM asset WHERE natural_village_code LIKE '532922%'"
                + " AND INSTR(name, ?) > 0")) {
            p.setString(1, text);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return List.of(BigDecimal.valueOf(rs.getLong(1)), rs.getBigDecimal(2));
            }
        }
    }

    private long asset(String name, String value, String ownerLevel) throws SQLException {
        try (Connection c = owner.getConnection(); PreparedStatement p = c.prepareStatement("INSERT INTO asset"
                + " (code, name, public_name, asset_class, category_code, natural_village_code, county_code,"
                + " formed_on, original_value, value_entered, stage, owner_level, last_event_on, created_by, created_at)"
                + " VALUES (?, ?, ?, 'OPERATING', 'OP-BASE', ?, '532922000000', CURDATE(), ?, TRUE, 'REGISTERED', ?,"
                + " CURDATE(), 'it', NOW(3))", Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, "LIT-" + System.nanoTime() % 10000000000L);
            p.setString(2, name);
            p.setString(3, name);
            p.setString(4, VILLAGE);
            p.setBigDecimal(5, new BigDecimal(value));
            p.setString(6, ownerLevel);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void ownedBy(long assetId, String entity) throws SQLException {
        try (Connection c = owner.getConnection(); PreparedStatement p = c.prepareStatement("INSERT INTO asset_owner"
                + " (asset_id, seq, entity_name, public_entity_name, region_code, share)"
                + " VALUES (?, 0, ?, ?, '532922101201', 1)")) {
            p.setLong(1, assetId);
            p.setString(2, entity);
            p.setString(3, entity);
            p.executeUpdate();
        }
    }
}
