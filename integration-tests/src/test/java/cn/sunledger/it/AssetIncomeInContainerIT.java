package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.LedgerTestArchive;
import cn.sunledger.ledger.application.asset.AssetIncomeLedger;
import cn.sunledger.ledger.application.asset.AssetIncomes;
import cn.sunledger.ledger.application.asset.AssetWarning;
import cn.sunledger.ledger.application.asset.AssetWarning.Kind;
import cn.sunledger.ledger.application.asset.AssetWarning.Level;
import cn.sunledger.ledger.application.asset.AssetWarnings;
import cn.sunledger.ledger.application.fund.FundLedger;
import cn.sunledger.ledger.application.fund.Posting;
import cn.sunledger.ledger.domain.model.asset.Asset;
import cn.sunledger.ledger.domain.model.asset.IncomeKind;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An asset's income goes through the journal as its owners' money: one balanced entry, owner side, split by the
 * owners' shares to the fen, chained and logged like every entry; a reversal takes it out of what the asset received;
 * the supervision warnings see leases whose rent has not come in and operated assets with no income this year.
 * Bare handed-over asset rows with their owners are written as the schema owner (as AssetWarningsInContainerIT does).
 */
@ExtendWith(ArquillianExtension.class)
class AssetIncomeInContainerIT {

    private static final String VILLAGE = "532922101201001";
    private static final String YANGBI = "532922000000";
    private static final Caller CLERK = new Caller("guangming.clerk", "光明村村委会", Role.VILLAGE_CLERK,
            RegionCode.of("532922101201"));
    private static final Caller FINANCE = new Caller("yangbi.finance", "漾濞县财政局", Role.COUNTY_FINANCE,
            RegionCode.of(YANGBI));
    private static final Caller RURAL = new Caller("yangbi.rural", "漾濞县农业农村局", Role.COUNTY_RURAL_BUREAU,
            RegionCode.of(YANGBI));

    @Deployment
    static WebArchive deployment() {
        return LedgerTestArchive.create("asset-income-it", AssetIncomeInContainerIT.class);
    }

    @Inject
    AssetIncomes incomes;

    @Inject
    AssetWarnings warnings;

    @Inject
    FundLedger ledger;

    @Inject
    BusinessClock clock;

    @Resource(lookup = "java:jboss/datasources/LedgerOwnerDS")
    DataSource owner;

    @Test
    void aReceiptIsOneBalancedEntryOfTheOwnersSplitByShareAndTheChainStillVerifies() throws SQLException {
        LocalDate today = clock.today();
        long asset = leasedAsset(today.minusDays(100), today.plusDays(265));
        Posting posted = incomes.record(CLERK, asset, rent("1000.01", "收-A-" + asset, today.minusDays(100),
                today.plusDays(265)), null);
        Map<String, String> lines = lines(posted.entryNo());
        assertEquals(Map.of("OWNER_FUNDS|光明村股份经济合作社", "600.01", "ASSET_INCOME|光明村股份经济合作社", "-600.01",
                "OWNER_FUNDS|白章村股份经济合作社", "400.00", "ASSET_INCOME|白章村股份经济合作社", "-400.00"), lines,
                "60% and 40% of 1000.01, to the fen, the rest to the last owner");
        assertTrue(ledger.verifyChain(FINANCE, YANGBI).intact(), "the income entry is chained and logged");
        LedgerException twice = assertThrows(LedgerException.class, () -> incomes.record(CLERK, asset,
                rent("5.00", "收-A-" + asset, null, null), null));
        assertEquals("asset.receiptExists", twice.messageKey());
        assertThrows(LedgerException.class, () -> incomes.record(FINANCE, asset, rent("5.00", "收-F-" + asset, null,
                null), null), "the finance bureau does not keep the village's books");
    }

    @Test
    void aReversedReceiptStaysListedAndNoLongerCountsAsReceived() throws SQLException {
        LocalDate today = clock.today();
        long asset = leasedAsset(today.minusDays(10), today.plusDays(355));
        Posting posted = incomes.record(CLERK, asset, rent("800.00", "收-R-" + asset, null, null), null);
        Posting reversal = ledger.reverse(FINANCE, posted.entryNo(), "收据填错，作废重开", null);
        AssetIncomeLedger after = incomes.incomes(RURAL, asset);
        assertEquals(reversal.entryNo(), after.receipts().get(0).reversedBy());
        assertFalse(after.receipts().get(0).counts());
        AssetIncomeLedger.Year year = after.years().stream().filter(y -> y.year() == today.getYear()).findFirst()
                .orElseThrow();
        assertEquals(Money.ZERO, year.received());
        assertNotNull(year.expected());
        assertTrue(year.behind());
        assertThrows(LedgerException.class, () -> ledger.reverse(FINANCE, posted.entryNo(), "再冲一次", null));
        assertEquals(Map.of("OWNER_FUNDS|光明村股份经济合作社", "0.00", "ASSET_INCOME|光明村股份经济合作社", "0.00",
                "OWNER_FUNDS|白章村股份经济合作社", "0.00", "ASSET_INCOME|白章村股份经济合作社", "0.00"),
                ownerBalances(asset), "the owners' balances from this asset are back to nothing");
    }

    @Test
    void aLeaseWithoutRentIsOverdueAndOneWhoseRentCoversTheTimeIsNot() throws SQLException {
        LocalDate today = clock.today();
        long unpaid = leasedAsset(today.minusDays(200), today.plusDays(500));
        long paid = leasedAsset(today.minusDays(200), today.plusDays(500));
        incomes.record(CLERK, paid, rent("6000.00", "收-P-" + paid, today.minusDays(200), today.plusDays(165)), null);
        Map<Long, Map<Kind, AssetWarning>> byAsset = warnings.warnings(RURAL, null).stream()
                .filter(w -> !w.kind().aboutProject())
                .collect(Collectors.groupingBy(AssetWarning::subjectId, Collectors.toMap(AssetWarning::kind, w -> w)));
        AssetWarning overdue = byAsset.get(unpaid).get(Kind.RENT_OVERDUE);
        assertEquals(today.minusDays(200), overdue.since(), "no rent since the contract began");
        assertEquals(Level.SERIOUS, overdue.level(), "200 days overdue");
        assertTrue(byAsset.get(unpaid).containsKey(Kind.NO_INCOME_THIS_YEAR), byAsset.get(unpaid).toString());
        assertEquals(null, byAsset.get(paid), "rent received covers the time: no warning");
    }

    private static Asset.IncomeReceipt rent(String amount, String receipt, LocalDate from, LocalDate to) {
        return new Asset.IncomeReceipt(IncomeKind.RENT, LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), "某蔬菜公司",
                Money.parse(amount), receipt, from, to);
    }

    /** account|owner → Σ debit − credit of the entry's lines. */
    private Map<String, String> lines(String entryNo) throws SQLException {
        return sums("SELECT account, owner_name, SUM(debit - credit) FROM journal_line WHERE entry_no = ?"
                + " GROUP BY account, owner_name", entryNo);
    }

    private Map<String, String> ownerBalances(long asset) throws SQLException {
        return sums("SELECT account, owner_name, SUM(debit - credit) FROM journal_line WHERE asset_id = ?"
                + " GROUP BY account, owner_name", asset);
    }

    private Map<String, String> sums(String sql, Object key) throws SQLException {
        try (Connection c = owner.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setObject(1, key);
            try (ResultSet rs = p.executeQuery()) {
                Map<String, String> sums = new java.util.HashMap<>();
                while (rs.next()) {
                    sums.put(rs.getString(1) + "|" + rs.getString(2), rs.getBigDecimal(3).toPlainString());
                }
                return sums;
            }
        }
    }

    /** A handed-over asset under 租赁 (60,000 元 a year) owned 60/40 by two villages' cooperatives. */
    private long leasedAsset(LocalDate contractFrom, LocalDate contractTo) throws SQLException {
        LocalDate formed = clock.today().minusDays(300);
        try (Connection c = owner.getConnection()) {
            long id;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO asset (code, name, public_name, asset_class,"
                    + " category_code, natural_village_code, county_code, formed_on, original_value, value_entered,"
                    + " stage, status, owner_level, operation_mode, operator, public_operator, contract_from,"
                    + " contract_to, expected_annual_income, caretaker, last_event_on, created_by, created_at)"
                    + " VALUES (?, '收益测试资产', '收益测试资产', 'OPERATING', 'OP-BASE', ?, ?, ?, 1.00, TRUE,"
                    + " 'HANDED_OVER', 'NORMAL', 'VILLAGE', 'LEASE', '某蔬菜公司', '某蔬菜公司', ?, ?,"
                    + " 60000.00, '村集体管护小组', ?, 'it', NOW(3))", Statement.RETURN_GENERATED_KEYS)) {
                p.setString(1, "IIT-" + System.nanoTime() % 10000000000L);
                p.setString(2, VILLAGE);
                p.setString(3, YANGBI);
                p.setDate(4, Date.valueOf(formed));
                p.setDate(5, Date.valueOf(contractFrom));
                p.setDate(6, Date.valueOf(contractTo));
                p.setDate(7, Date.valueOf(formed));
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO asset_owner (asset_id, seq, entity_name, public_entity_name, region_code, share)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")) {
                Object[][] owners = {{1, "光明村股份经济合作社", "532922101201", new BigDecimal("0.6")},
                        {2, "白章村股份经济合作社", "532922101202", new BigDecimal("0.4")}};
                for (Object[] o : owners) {
                    p.setLong(1, id);
                    p.setInt(2, (Integer) o[0]);
                    p.setString(3, (String) o[1]);
                    p.setString(4, (String) o[1]);
                    p.setString(5, (String) o[2]);
                    p.setBigDecimal(6, (BigDecimal) o[3]);
                    p.executeUpdate();
                }
            }
            return id;
        }
    }
}
