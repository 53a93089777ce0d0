package cn.sunledger.ledger.application.internal.distribution;

import cn.sunledger.ledger.application.Page;
import cn.sunledger.ledger.application.distribution.HouseholdChoice;
import cn.sunledger.ledger.application.distribution.PaymentBatch;
import cn.sunledger.ledger.application.distribution.PlanView;
import cn.sunledger.ledger.domain.model.distribution.DistributionPurpose;
import cn.sunledger.ledger.domain.model.distribution.Meeting;
import cn.sunledger.ledger.domain.model.distribution.MeetingKind;
import cn.sunledger.ledger.domain.model.distribution.PlanStatus;
import cn.sunledger.ledger.domain.model.household.HouseholdCategory;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.infrastructure.persistence.jdbc.TransactionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The distribution plans' repository (V34): plans, their insert-only lines, meetings, steps and payments. Plain JDBC
 * on the transaction's connection, as the journal's store: nothing here is a managed entity that could be flushed
 * back, and only the plan's status is ever updated.
 */
@ApplicationScoped
public class DistributionStore {

    @Inject
    TransactionJdbc jdbc;

    /** A plan's row: what it was drawn on, as derived when it was created. */
    public record PlanRow(long id, String ownerRegion, String ownerRegionName, String ownerName, String ledgerRegion,
            LocalDate periodFrom, LocalDate periodTo, Money income, Money earlierPlans, BigDecimal reserveRate,
            String flatJustification, PlanStatus status) {
    }

    /** A line to write: purpose, household (or null), amount, note. */
    public record NewLine(DistributionPurpose purpose, Long householdId, Money amount, String note) {
    }

    public long insertPlan(PlanRow p, Money available, Money reserve, String by, LocalDateTime at, List<NewLine> lines) {
        return jdbc.work(c -> {
            long id;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO distribution_plan (owner_region, owner_name,"
                    + " ledger_region, period_from, period_to, income, earlier_plans, available, reserve_rate, reserve,"
                    + " flat_justification, status, created_by, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, p.ownerRegion());
                s.setString(2, p.ownerName());
                s.setString(3, p.ledgerRegion());
                s.setDate(4, Date.valueOf(p.periodFrom()));
                s.setDate(5, Date.valueOf(p.periodTo()));
                s.setBigDecimal(6, p.income().toBigDecimal());
                s.setBigDecimal(7, p.earlierPlans().toBigDecimal());
                s.setBigDecimal(8, available.toBigDecimal());
                s.setBigDecimal(9, p.reserveRate());
                s.setBigDecimal(10, reserve.toBigDecimal());
                s.setString(11, p.flatJustification());
                s.setString(12, PlanStatus.DRAFT.name());
                s.setString(13, by);
                s.setTimestamp(14, Timestamp.valueOf(at));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO distribution_line (plan_id, seq, purpose,"
                    + " household_id, amount, note) VALUES (?,?,?,?,?,?)")) {
                int seq = 0;
                for (NewLine l : lines) {
                    s.setLong(1, id);
                    s.setInt(2, ++seq);
                    s.setString(3, l.purpose().name());
                    s.setObject(4, l.householdId());
                    s.setBigDecimal(5, l.amount().toBigDecimal());
                    s.setString(6, l.note());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return id;
        });
    }

    private static final String PLAN_COLUMNS = "p.id, p.owner_region, r.name, p.owner_name, p.ledger_region,"
            + " p.period_from, p.period_to, p.income, p.earlier_plans, p.reserve_rate, p.flat_justification, p.status,"
            + " p.available, p.reserve";
    private static final String PLAN_FROM = " FROM distribution_plan p JOIN region r ON r.code = p.owner_region";

    /** The plan; {@code lock}: its row locked FOR UPDATE first, so that the steps of one plan queue. */
    public Optional<PlanRow> find(long id, boolean lock) {
        return jdbc.work(c -> {
            if (lock) {
                try (PreparedStatement s = c.prepareStatement("SELECT id FROM distribution_plan WHERE id = ? FOR UPDATE")) {
                    s.setLong(1, id);
                    s.executeQuery().close();
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT " + PLAN_COLUMNS + PLAN_FROM + " WHERE p.id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(plan(rs)) : Optional.<PlanRow>empty();
                }
            }
        });
    }

    private static PlanRow plan(ResultSet rs) throws SQLException {
        return new PlanRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), Money.of(rs.getBigDecimal(8)),
                Money.of(rs.getBigDecimal(9)), rs.getBigDecimal(10), rs.getString(11),
                PlanStatus.valueOf(rs.getString(12)));
    }

    public Page<PlanView.Summary> page(RegionCode within, PlanStatus status, int page, int size) {
        return jdbc.work(c -> {
            String where = " WHERE p.owner_region LIKE ?" + (status == null ? "" : " AND p.status = ?");
            long total;
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*)" + PLAN_FROM + where)) {
                bindPage(s, within, status);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<PlanView.Summary> items = new ArrayList<>();
            if ((long) page * size < total) {
                try (PreparedStatement s = c.prepareStatement("SELECT " + PLAN_COLUMNS + PLAN_FROM + where
                        + " ORDER BY p.id DESC LIMIT ? OFFSET ?")) {
                    int n = bindPage(s, within, status);
                    s.setInt(n + 1, size);
                    s.setLong(n + 2, (long) page * size);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            PlanRow p = plan(rs);
                            items.add(new PlanView.Summary(p.id(), p.ownerRegion(), p.ownerRegionName(), p.ownerName(),
                                    p.periodFrom(), p.periodTo(), p.status(), Money.of(rs.getBigDecimal(13)),
                                    Money.of(rs.getBigDecimal(14))));
                        }
                    }
                }
            }
            return new Page<>(items, total);
        });
    }

    private static int bindPage(PreparedStatement s, RegionCode within, PlanStatus status) throws SQLException {
        s.setString(1, within.subtreePrefix() + "%");
        if (status != null) {
            s.setString(2, status.name());
            return 2;
        }
        return 1;
    }

    /** The plan's lines in their order, each with its household as the register keeps it (ID number masked). */
    public List<PlanView.Line> lines(long planId) {
        return jdbc.work(c -> {
            Map<Long, List<PlanView.Payment>> attempts = payments(c, planId);
            try (PreparedStatement s = c.prepareStatement("SELECT l.id, l.seq, l.purpose, l.household_id,"
                    + " h.household_no, h.head_name, h.id_number_masked, nv.name, h.category, h.members, l.amount, l.note"
                    + " FROM distribution_line l LEFT JOIN household h ON h.id = l.household_id"
                    + " LEFT JOIN region nv ON nv.code = h.natural_village_code WHERE l.plan_id = ? ORDER BY l.seq")) {
                s.setLong(1, planId);
                try (ResultSet rs = s.executeQuery()) {
                    List<PlanView.Line> lines = new ArrayList<>();
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        String category = rs.getString(9);
                        lines.add(new PlanView.Line(id, rs.getInt(2), DistributionPurpose.valueOf(rs.getString(3)),
                                rs.getObject(4, Long.class), rs.getString(5), rs.getString(6), rs.getString(7),
                                rs.getString(8), category == null ? null : HouseholdCategory.valueOf(category),
                                rs.getObject(10, Integer.class), Money.of(rs.getBigDecimal(11)), rs.getString(12),
                                attempts.getOrDefault(id, List.of())));
                    }
                    return lines;
                }
            }
        });
    }

    private static Map<Long, List<PlanView.Payment>> payments(Connection c, long planId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, line_id, outcome, amount, paid_on, voucher_no, reason,"
                + " entry_no FROM distribution_payment WHERE plan_id = ? ORDER BY id")) {
            s.setLong(1, planId);
            try (ResultSet rs = s.executeQuery()) {
                Map<Long, List<PlanView.Payment>> byLine = new LinkedHashMap<>();
                while (rs.next()) {
                    byLine.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new PlanView.Payment(
                            rs.getLong(1), "PAID".equals(rs.getString(3)), Money.of(rs.getBigDecimal(4)),
                            rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
                return byLine;
            }
        }
    }

    public List<Meeting> meetings(long planId) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT kind, held_on, attendees, votes_for, minutes_ref"
                    + " FROM distribution_meeting WHERE plan_id = ?")) {
                s.setLong(1, planId);
                try (ResultSet rs = s.executeQuery()) {
                    List<Meeting> meetings = new ArrayList<>();
                    while (rs.next()) {
                        meetings.add(new Meeting(MeetingKind.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class),
                                rs.getInt(3), rs.getInt(4), rs.getString(5)));
                    }
                    meetings.sort((a, b) -> a.kind().compareTo(b.kind()));
                    return meetings;
                }
            }
        });
    }

    public void insertMeeting(long planId, Meeting m, String by, LocalDateTime at) {
        jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO distribution_meeting (plan_id, kind, held_on,"
                    + " attendees, votes_for, minutes_ref, recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?,?)")) {
                s.setLong(1, planId);
                s.setString(2, m.kind().name());
                s.setDate(3, Date.valueOf(m.heldOn()));
                s.setInt(4, m.attendees());
                s.setInt(5, m.votesFor());
                s.setString(6, m.minutesRef());
                s.setString(7, by);
                s.setTimestamp(8, Timestamp.valueOf(at));
                s.executeUpdate();
            }
            return null;
        });
    }

    public List<PlanView.Step> steps(long planId) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT action, from_status, to_status, actor_name, role, at,"
                    + " opinion, decided_on FROM distribution_step WHERE plan_id = ? ORDER BY seq")) {
                s.setLong(1, planId);
                try (ResultSet rs = s.executeQuery()) {
                    List<PlanView.Step> steps = new ArrayList<>();
                    while (rs.next()) {
                        steps.add(new PlanView.Step(rs.getString(1), PlanStatus.valueOf(rs.getString(2)),
                                PlanStatus.valueOf(rs.getString(3)), rs.getString(4), Role.valueOf(rs.getString(5)),
                                rs.getObject(6, LocalDateTime.class), rs.getString(7),
                                rs.getObject(8, LocalDate.class)));
                    }
                    return steps;
                }
            }
        });
    }

    /** Records a step and moves the plan to its target status (the row is locked by the caller). */
    public void step(long planId, String action, PlanStatus from, PlanStatus to, String actor, String actorName,
            Role role, LocalDateTime at, String opinion) {
        step(planId, action, from, to, actor, actorName, role, at, opinion, null);
    }

    /** A step with the date on its paper ({@code decidedOn}, null when it is the recording day). */
    public void step(long planId, String action, PlanStatus from, PlanStatus to, String actor, String actorName,
            Role role, LocalDateTime at, String opinion, LocalDate decidedOn) {
        jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO distribution_step (plan_id, seq, action,"
                    + " from_status, to_status, actor, actor_name, role, at, opinion, decided_on)"
                    + " SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM distribution_step"
                    + " WHERE plan_id = ?")) {
                s.setLong(1, planId);
                s.setString(2, action);
                s.setString(3, from.name());
                s.setString(4, to.name());
                s.setString(5, actor);
                s.setString(6, actorName);
                s.setString(7, role.name());
                s.setTimestamp(8, Timestamp.valueOf(at));
                s.setString(9, opinion);
                if (decidedOn == null) {
                    s.setNull(10, java.sql.Types.DATE);
                } else {
                    s.setObject(10, decidedOn);
                }
                s.setLong(11, planId);
                s.executeUpdate();
            }
            if (from != to) {
                try (PreparedStatement s = c.prepareStatement("UPDATE distribution_plan SET status = ? WHERE id = ?")) {
                    s.setString(1, to.name());
                    s.setLong(2, planId);
                    s.executeUpdate();
                }
            }
            return null;
        });
    }

    public void insertPayment(long planId, PaymentBatch.Payment p, LocalDate paidOn, String entryNo, String by,
            LocalDateTime at) {
        jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO distribution_payment (plan_id, line_id, outcome,"
                    + " amount, paid_on, voucher_no, reason, entry_no, recorded_by, recorded_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                s.setLong(1, planId);
                s.setLong(2, p.lineId());
                s.setString(3, p.paid() ? "PAID" : "FAILED");
                s.setBigDecimal(4, p.amount().toBigDecimal());
                s.setDate(5, Date.valueOf(paidOn));
                s.setString(6, p.voucherNo());
                s.setString(7, p.paid() ? null : p.reason());
                s.setString(8, entryNo);
                s.setString(9, by);
                s.setTimestamp(10, Timestamp.valueOf(at));
                s.executeUpdate();
            }
            return null;
        });
    }

    /**
     * At most {@code max} households of the village whose head's name contains {@code text} (its own %, _ and \\
     * taken literally) or whose household number starts with it, by household number; the ID number as the register
     * keeps it masked.
     */
    public List<HouseholdChoice> households(RegionCode village, String text, int max) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT h.id, h.household_no, h.head_name,"
                    + " h.id_number_masked, nv.name, h.category, h.members FROM household h"
                    + " JOIN region nv ON nv.code = h.natural_village_code WHERE h.natural_village_code LIKE ?"
                    + " AND (h.head_name LIKE ? OR h.household_no LIKE ?) ORDER BY h.household_no LIMIT ?")) {
                String literal = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
                s.setString(1, village.subtreePrefix() + "%");
                s.setString(2, "%" + literal + "%");
                s.setString(3, literal + "%");
                s.setInt(4, max);
                try (ResultSet rs = s.executeQuery()) {
                    List<HouseholdChoice> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new HouseholdChoice(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), HouseholdCategory.valueOf(rs.getString(6)), rs.getInt(7)));
                    }
                    return out;
                }
            }
        });
    }

    /** The names the owner side of the journal holds for an owner's region (whose income was recorded there). */
    public List<String> ownerNames(String ownerRegion) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT owner_name FROM journal_line"
                    + " WHERE owner_region = ? AND account = 'OWNER_FUNDS' ORDER BY owner_name")) {
                s.setString(1, ownerRegion);
                try (ResultSet rs = s.executeQuery()) {
                    List<String> names = new ArrayList<>();
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                    return names;
                }
            }
        });
    }

    /**
     * The owner's asset income of the period: the ASSET_INCOME credits of income entries dated in it that have not
     * been reversed (whenever the reversal was dated), so a receipt corrected later does not count.
     */
    public Money incomeOfPeriod(String ownerRegion, String ownerName, LocalDate from, LocalDate to) {
        return sum("SELECT SUM(l.credit - l.debit) FROM journal_line l JOIN journal_entry e ON e.entry_no = l.entry_no"
                + " WHERE l.owner_region = ? AND l.owner_name = ? AND l.account = 'ASSET_INCOME'"
                + " AND e.kind = 'ASSET_INCOME' AND e.entry_date BETWEEN ? AND ?"
                + " AND NOT EXISTS (SELECT 1 FROM journal_entry r WHERE r.reverses = e.entry_no)",
                ownerRegion, ownerName, Date.valueOf(from), Date.valueOf(to));
    }

    /** What the owner's other plans not returned, whose periods overlap this one, took (their available income). */
    public Money earlierPlans(String ownerRegion, String ownerName, LocalDate from, LocalDate to) {
        return sum("SELECT SUM(available) FROM distribution_plan WHERE owner_region = ? AND owner_name = ?"
                + " AND status <> 'RETURNED' AND period_from <= ? AND period_to >= ?", ownerRegion, ownerName,
                Date.valueOf(to), Date.valueOf(from));
    }

    private Money sum(String sql, Object... args) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    s.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = s.executeQuery()) {
                    BigDecimal v = rs.next() ? rs.getBigDecimal(1) : null;
                    return v == null || v.signum() <= 0 ? Money.ZERO : Money.of(v);
                }
            }
        });
    }
}
