package cn.sunledger.ledger.application.internal.household;

import cn.sunledger.ledger.application.household.HouseholdHistoryView;
import cn.sunledger.ledger.application.household.HouseholdHistoryView.Asset;
import cn.sunledger.ledger.application.household.HouseholdHistoryView.Payment;
import cn.sunledger.ledger.application.household.HouseholdHistoryView.Project;
import cn.sunledger.ledger.domain.model.asset.AssetClass;
import cn.sunledger.ledger.domain.model.asset.AssetStage;
import cn.sunledger.ledger.domain.model.asset.AssetStatus;
import cn.sunledger.ledger.domain.model.distribution.DistributionPurpose;
import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.infrastructure.persistence.jdbc.TransactionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The reads behind a household's page, each one bounded query ({@link HouseholdHistoryView#LIMIT} rows, newest first):
 * the projects of its natural village with the figures the public page shows (the view {@code public_project_funds}:
 * planned shares, allocated and disbursed net of reversals), the assets its village's or natural village's collective
 * owns or it owns itself, and the payment attempts of the distribution lines naming it. Read-only; no personal data
 * but the household's own masked forms, which these queries do not even touch.
 */
@ApplicationScoped
public class HouseholdHistoryStore {

    private static final int LIMIT = HouseholdHistoryView.LIMIT;

    @Inject
    TransactionJdbc jdbc;

    /** Projects located in the natural village that left their draft (a draft is not yet the village's project). */
    public List<Project> projects(String naturalVillageCode) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT p.id, p.code, p.name, p.year, p.status, f.planned,"
                    + " f.allocated, f.disbursed FROM project_natural_village n JOIN project p ON p.id = n.project_id"
                    + " LEFT JOIN public_project_funds f ON f.project_id = p.id"
                    + " WHERE n.natural_village_code = ? AND p.status <> 'DRAFT' ORDER BY p.year DESC, p.id DESC LIMIT ?")) {
                s.setString(1, naturalVillageCode);
                s.setInt(2, LIMIT + 1);
                try (ResultSet rs = s.executeQuery()) {
                    List<Project> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Project(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                                ProjectStatus.valueOf(rs.getString(5)), money(rs.getBigDecimal(6)),
                                money(rs.getBigDecimal(7)), money(rs.getBigDecimal(8))));
                    }
                    return out;
                }
            }
        });
    }

    /**
     * The assets whose income the household shares: an owner of them is its village's or its natural village's
     * collective (any owner level but 农户), or it owns them itself — an owner names it by its id (确权 at the level
     * 农户 with the household picked from the register; V40's {@code ix_asset_owner_household} makes it a range read).
     */
    public List<Asset> assets(String villageCode, String naturalVillageCode, long householdId) {
        return jdbc.work(c -> {
            String columns = "SELECT a.id, a.code, a.name, a.asset_class, a.original_value, a.formed_on, a.stage,"
                    + " a.status, o.entity_name, ";
            try (PreparedStatement s = c.prepareStatement(columns + "FALSE FROM asset_owner o"
                    + " JOIN asset a ON a.id = o.asset_id WHERE o.region_code IN (?, ?)"
                    + " AND COALESCE(a.owner_level, '') <> 'HOUSEHOLD'"
                    + " UNION ALL " + columns + "TRUE FROM asset_owner o JOIN asset a ON a.id = o.asset_id"
                    + " WHERE o.household_id = ?"
                    + " ORDER BY 6 DESC, 1 DESC LIMIT ?")) {
                s.setString(1, villageCode);
                s.setString(2, naturalVillageCode);
                s.setLong(3, householdId);
                s.setInt(4, LIMIT + 1);
                try (ResultSet rs = s.executeQuery()) {
                    List<Asset> out = new ArrayList<>();
                    while (rs.next()) {
                        String status = rs.getString(8);
                        out.add(new Asset(rs.getLong(1), rs.getString(2), rs.getString(3),
                                AssetClass.valueOf(rs.getString(4)), Money.of(rs.getBigDecimal(5)),
                                rs.getObject(6, LocalDate.class), AssetStage.valueOf(rs.getString(7)),
                                status == null ? null : AssetStatus.valueOf(status), rs.getString(9),
                                rs.getBoolean(10)));
                    }
                    return out;
                }
            }
        });
    }

    /** Every payment attempt, paid or failed, of a distribution line naming the household. */
    public List<Payment> payments(long householdId) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT p.id, p.owner_name, r.name, p.period_from,"
                    + " p.period_to, l.purpose, y.amount, y.paid_on, y.voucher_no, y.outcome, y.reason"
                    + " FROM distribution_line l JOIN distribution_plan p ON p.id = l.plan_id"
                    + " JOIN region r ON r.code = p.owner_region JOIN distribution_payment y ON y.line_id = l.id"
                    + " WHERE l.household_id = ? ORDER BY y.paid_on DESC, y.id DESC LIMIT ?")) {
                s.setLong(1, householdId);
                s.setInt(2, LIMIT + 1);
                try (ResultSet rs = s.executeQuery()) {
                    List<Payment> out = new ArrayList<>();
                    while (rs.next()) {
                        boolean paid = "PAID".equals(rs.getString(10));
                        out.add(new Payment(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                                DistributionPurpose.valueOf(rs.getString(6)), Money.of(rs.getBigDecimal(7)),
                                rs.getObject(8, LocalDate.class), rs.getString(9), paid, rs.getString(11)));
                    }
                    return out;
                }
            }
        });
    }

    private static Money money(BigDecimal v) throws SQLException {
        return v == null ? Money.ZERO : Money.of(v);
    }
}
