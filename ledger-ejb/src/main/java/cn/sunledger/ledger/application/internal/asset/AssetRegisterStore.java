package cn.sunledger.ledger.application.internal.asset;

import cn.sunledger.ledger.application.asset.RegisterQuery;
import cn.sunledger.ledger.application.asset.RegisterRow;
import cn.sunledger.ledger.domain.model.asset.AssetClass;
import cn.sunledger.ledger.domain.model.asset.AssetStage;
import cn.sunledger.ledger.domain.model.asset.AssetStatus;
import cn.sunledger.ledger.domain.model.asset.OwnerLevel;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.infrastructure.persistence.jdbc.TransactionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The registers' reads, in plain SQL on the transaction's connection: the 明细台账 as of a day in one forward-only,
 * streamed query (the rows go to the consumer as they arrive), and what a 移交书 prints.
 *
 * <p>As of a day D: an asset formed on or before D, not disposed of by D. Its state on D is the fold of its events up
 * to D. The asset row is that fold up to its latest event ({@code last_event_on}), so for every asset whose latest
 * event is not after D the row itself is read, and only the others look their state up in {@code asset_event} — the
 * latest event of the kind up to D, by the (asset_id, seq) index. A disposed asset's latest event is its
 * DISPOSAL_COMPLETED (the table's trigger refuses anything after it), so "disposed of by D" is
 * {@code stage = 'DISPOSED' AND last_event_on <= D}.
 */
@ApplicationScoped
public class AssetRegisterStore {

    /** Rows fetched per round trip while streaming (MariaDB Connector/J 3: a positive fetch size streams). */
    static final int FETCH_ROWS = 500;

    /** The separator of the names a GROUP_CONCAT lists (the unit separator: no name contains it). */
    private static final String US = "\u001f";

    private static final String LATEST = " FROM asset_event e WHERE e.asset_id = a.id AND e.kind %s AND e.event_date <= ?"
            + " ORDER BY e.seq DESC LIMIT 1)";

    /** The select list; every ? is the register's day, bound as many times as it occurs. */
    private static final String SELECT = "SELECT a.id, a.code, a.name, a.asset_class, k.name, a.quantity, a.unit,"
            + " a.natural_village_code, tw.name, vl.name, nv.name, a.formed_on, a.original_value,"
            // stage, status, operator, owner level: the row's own when nothing happened after D
            + " CASE WHEN a.last_event_on <= ? THEN a.stage ELSE (SELECT e.kind" + LATEST.formatted(
                    "IN ('REGISTERED', 'OWNERSHIP_CONFIRMED', 'HANDOVER_SIGNED', 'HANDOVER_CONFIRMED')") + " END,"
            + " CASE WHEN a.last_event_on <= ? THEN a.status ELSE COALESCE((SELECT JSON_VALUE(e.details, '$.status')"
            + LATEST.formatted("= 'STATUS_SET'") + ", (SELECT 'NORMAL'" + LATEST.formatted("= 'OPERATION_SET'") + ") END,"
            + " CASE WHEN a.last_event_on <= ? THEN a.operator ELSE (SELECT JSON_VALUE(e.details, '$.operator')"
            + LATEST.formatted("= 'OPERATION_SET'") + " END,"
            + " CASE WHEN a.last_event_on <= ? THEN a.owner_level ELSE (SELECT JSON_VALUE(e.details, '$.ownerLevel')"
            + LATEST.formatted("= 'OWNERSHIP_CONFIRMED'") + " END,"
            // owners: the current ones, or those of the latest 确权 up to D (its particulars name each with its share)
            + " CASE WHEN a.last_event_on <= ? THEN (SELECT GROUP_CONCAT(o.entity_name ORDER BY o.seq SEPARATOR '" + US + "')"
            + " FROM asset_owner o WHERE o.asset_id = a.id) END,"
            + " CASE WHEN a.last_event_on > ? THEN (SELECT e.details" + LATEST.formatted("= 'OWNERSHIP_CONFIRMED'")
            + " END,"
            + " (SELECT GROUP_CONCAT(p.name ORDER BY p.id SEPARATOR '" + US + "') FROM asset_source s"
            + " JOIN project p ON p.id = s.project_id WHERE s.asset_id = a.id),"
            + " (SELECT GROUP_CONCAT(DISTINCT v.source ORDER BY v.source SEPARATOR ',') FROM asset_value v"
            + " WHERE v.asset_id = a.id AND v.amount > 0)"
            + " FROM asset a JOIN asset_category k ON k.code = a.category_code"
            + " LEFT JOIN region nv ON nv.code = a.natural_village_code"
            + " LEFT JOIN region vl ON vl.code = LEFT(a.natural_village_code, 12)"
            + " LEFT JOIN region tw ON tw.code = CONCAT(LEFT(a.natural_village_code, 9), '000')";

    /** How many times {@link #SELECT} binds the day. */
    private static final int DAY_PARAMETERS = 12;

    @Inject
    TransactionJdbc jdbc;

    /**
     * Every asset of the query's region as of its day, in place and id order (the natural village's index range), to
     * {@code each}: the filters that do not depend on the day (class, source project, fund source, formation, disposal)
     * in SQL, those that do ({@link RegisterQuery#matches}) on the row. Nothing else is asked of the connection while
     * the rows stream, since the driver would then have to buffer the rest.
     */
    public void forEachRow(RegisterQuery q, Consumer<RegisterRow> each) {
        LocalDate day = q.asOf();
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE a.natural_village_code LIKE ? AND a.formed_on <= ?");
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < DAY_PARAMETERS; i++) {
            args.add(day);
        }
        args.add(q.region().subtreePrefix() + "%");
        args.add(day);
        sql.append(q.disposedOnly() ? " AND a.stage = 'DISPOSED' AND a.last_event_on <= ?"
                : " AND NOT (a.stage = 'DISPOSED' AND a.last_event_on <= ?)");
        args.add(day);
        if (q.assetClass() != null) {
            sql.append(" AND a.asset_class = ?");
            args.add(q.assetClass().name());
        }
        if (q.projectId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM asset_source s WHERE s.asset_id = a.id AND s.project_id = ?)");
            args.add(q.projectId());
        }
        if (q.fundSource() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM asset_value v WHERE v.asset_id = a.id AND v.source = ?"
                    + " AND v.amount > 0)");
            args.add(q.fundSource().name());
        }
        sql.append(" ORDER BY a.natural_village_code, a.id");
        jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement(sql.toString(), ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                s.setFetchSize(FETCH_ROWS);
                for (int i = 0; i < args.size(); i++) {
                    Object v = args.get(i);
                    if (v instanceof LocalDate d) {
                        s.setDate(i + 1, Date.valueOf(d));
                    } else {
                        s.setObject(i + 1, v);
                    }
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        RegisterRow row = row(rs);
                        if (q.matches(row)) {
                            each.accept(row);
                        }
                    }
                }
            }
            return null;
        });
    }

    private static RegisterRow row(ResultSet rs) throws SQLException {
        String ownersNow = rs.getString(18);
        List<String> owners = ownersNow != null ? split(ownersNow, US) : ownersOfEvent(rs.getString(19));
        String sources = rs.getString(21);
        List<FundSource> fundSources = sources == null ? List.of()
                : Arrays.stream(sources.split(",")).map(FundSource::valueOf).toList();
        return new RegisterRow(rs.getLong(1), rs.getString(2), rs.getString(3), AssetClass.valueOf(rs.getString(4)),
                rs.getString(5), rs.getBigDecimal(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getObject(12, LocalDate.class), Money.of(rs.getBigDecimal(13)),
                stage(rs.getString(14)), enumOf(AssetStatus.class, rs.getString(15)),
                enumOf(OwnerLevel.class, rs.getString(17)), owners, rs.getString(16), split(rs.getString(20), US),
                fundSources);
    }

    /** The stage as stored, or the one an event kind leads to (REGISTERED … HANDOVER_CONFIRMED → HANDED_OVER). */
    static AssetStage stage(String stageOrKind) {
        if (stageOrKind == null) {
            return AssetStage.REGISTERED;
        }
        return switch (stageOrKind) {
            case "HANDOVER_CONFIRMED" -> AssetStage.HANDED_OVER;
            default -> AssetStage.valueOf(stageOrKind);
        };
    }

    /** The owners a 确权 event names: {@code owner.0 … owner.n}, each "entity share". */
    static List<String> ownersOfEvent(String detailsJson) {
        if (detailsJson == null) {
            return List.of();
        }
        Map<Integer, String> byIndex = new TreeMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(detailsJson))) {
            JsonObject o = reader.readObject();
            for (Map.Entry<String, JsonValue> e : o.entrySet()) {
                if (e.getKey().startsWith("owner.") && e.getValue() instanceof JsonString text) {
                    String value = text.getString();
                    int space = value.lastIndexOf(' ');
                    byIndex.put(Integer.parseInt(e.getKey().substring(6)), space < 0 ? value : value.substring(0, space));
                }
            }
        }
        return List.copyOf(byIndex.values());
    }

    private static List<String> split(String joined, String separator) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(separator));
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** A project's name, for the heading of a register filtered by it. */
    public Optional<String> projectName(long projectId) {
        return jdbc.work(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT name FROM project WHERE id = ?")) {
                p.setLong(1, projectId);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** What a 移交书 prints: the 移交书, its asset, and who signed and who confirmed it (by name and role). */
    public record HandoverRecord(long assetId, String assetCode, String assetName, AssetClass assetClass,
            String subType, BigDecimal quantity, String unit, String naturalVillageCode, Money originalValue,
            LocalDate formedOn, long handoverId, String fromUnit, String toOwner, String assetList,
            String acceptanceReportRef, String archiveList, LocalDate handedOverOn, LocalDate bookedOn,
            String signedByName, Role signedByRole, String confirmedByName, Role confirmedByRole, LocalDate confirmedOn,
            String opinion, List<String> sourceProjects) {
    }

    public Optional<HandoverRecord> handover(long assetId, long handoverId) {
        return jdbc.work(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT a.id, a.code, a.name, a.asset_class, k.name,"
                    + " a.quantity, a.unit, a.natural_village_code, a.original_value, a.formed_on, h.id, h.from_unit,"
                    + " h.to_owner, h.asset_list, h.acceptance_report_ref, h.archive_list, h.handed_over_on,"
                    + " h.booked_on, h.confirmed_on,"
                    + " (SELECT GROUP_CONCAT(pr.name ORDER BY pr.id SEPARATOR '" + US + "') FROM asset_source s"
                    + " JOIN project pr ON pr.id = s.project_id WHERE s.asset_id = a.id)"
                    + " FROM asset_handover h JOIN asset a ON a.id = h.asset_id"
                    + " JOIN asset_category k ON k.code = a.category_code WHERE h.id = ? AND h.asset_id = ?")) {
                p.setLong(1, handoverId);
                p.setLong(2, assetId);
                try (ResultSet rs = p.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<HandoverRecord>empty();
                    }
                    String[] signed = actor(c, assetId, handoverId, "HANDOVER_SIGNED");
                    String[] confirmed = actor(c, assetId, handoverId, "HANDOVER_CONFIRMED");
                    return Optional.of(new HandoverRecord(rs.getLong(1), rs.getString(2), rs.getString(3),
                            AssetClass.valueOf(rs.getString(4)), rs.getString(5), rs.getBigDecimal(6), rs.getString(7),
                            rs.getString(8), Money.of(rs.getBigDecimal(9)), rs.getObject(10, LocalDate.class),
                            rs.getLong(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
                            rs.getString(16), rs.getObject(17, LocalDate.class), rs.getObject(18, LocalDate.class),
                            signed == null ? null : signed[0], signed == null ? null : Role.valueOf(signed[1]),
                            confirmed == null ? null : confirmed[0], confirmed == null ? null : Role.valueOf(confirmed[1]),
                            rs.getObject(19, LocalDate.class), confirmed == null ? null : confirmed[2],
                            split(rs.getString(20), US)));
                }
            }
        });
    }

    /**
     * Who took a step of the 移交书 (display name, role, and the opinion given), from the event that names it: the
     * history keeps actors by name and role, so the document never shows a username.
     */
    private static String[] actor(java.sql.Connection c, long assetId, long handoverId, String kind)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT actor_name, actor_role,"
                + " JSON_VALUE(details, '$.opinion') FROM asset_event WHERE asset_id = ? AND kind = ?"
                + " AND JSON_VALUE(details, '$.handoverId') = ? ORDER BY seq DESC LIMIT 1")) {
            p.setLong(1, assetId);
            p.setString(2, kind);
            p.setString(3, String.valueOf(handoverId));
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? new String[] {rs.getString(1), rs.getString(2), rs.getString(3)} : null;
            }
        }
    }
}
