package cn.sunledger.ledger.application.internal.asset;

import cn.sunledger.ledger.application.Page;
import cn.sunledger.ledger.application.asset.AssetCategoryView;
import cn.sunledger.ledger.application.asset.AssetFilter;
import cn.sunledger.ledger.application.asset.AssetList;
import cn.sunledger.ledger.application.asset.AssetSummary;
import cn.sunledger.ledger.application.asset.AssetView;
import cn.sunledger.ledger.domain.model.asset.Asset;
import cn.sunledger.ledger.domain.model.asset.AssetClass;
import cn.sunledger.ledger.domain.model.asset.AssetEvent;
import cn.sunledger.ledger.domain.model.asset.AssetEventKind;
import cn.sunledger.ledger.domain.model.asset.AssetStage;
import cn.sunledger.ledger.domain.model.asset.AssetStatus;
import cn.sunledger.ledger.domain.model.asset.Disposal;
import cn.sunledger.ledger.domain.model.asset.DisposalMethod;
import cn.sunledger.ledger.domain.model.asset.DisposalStatus;
import cn.sunledger.ledger.domain.model.asset.FourBatch;
import cn.sunledger.ledger.domain.model.asset.Handover;
import cn.sunledger.ledger.domain.model.asset.OperationMode;
import cn.sunledger.ledger.domain.model.asset.Owner;
import cn.sunledger.ledger.domain.model.asset.OwnerLevel;
import cn.sunledger.ledger.domain.model.asset.SourceShare;
import cn.sunledger.ledger.domain.model.asset.ValuePart;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.model.shared.PersonalDataMasker;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.infrastructure.persistence.jdbc.TransactionJdbc;
import cn.sunledger.ledger.infrastructure.sequence.GapFreeSequence;
import cn.sunledger.tlog.CanonicalJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The repository of the {@link Asset} aggregate, in plain JDBC on the transaction's connection: it reads an asset
 * (locked FOR UPDATE for a step, so two steps on one asset run one after the other), and writes what a step changed —
 * the asset's row, its owners when a 确权 replaced them, its 移交书 and disposal rows, and the new events. Events,
 * sources and 原值 parts are only ever inserted (the database refuses anything else). The names the portal shows
 * (the asset's, its operator's, its owners') are written a second time through {@link PersonalDataMasker} into their
 * public columns (V30), so the portal's views never hold an unmasked byte.
 */
@ApplicationScoped
public class AssetStore {

    private static final String COLUMNS = "a.id, a.code, a.name, a.asset_class, a.category_code, a.quantity, a.unit,"
            + " a.natural_village_code, a.formed_on, a.original_value, a.value_entered, a.stage, a.status,"
            + " a.owner_level, a.supervising_department, a.operation_mode, a.operator, a.contract_from, a.contract_to,"
            + " a.expected_annual_income, a.caretaker, a.four_batch, a.four_batch_measure, a.four_batch_on,"
            + " a.last_event_on";

    @Inject
    TransactionJdbc jdbc;

    /** A source project as formation needs it, locked FOR UPDATE so that two formations carry its money in turn. */
    public record ProjectRow(long id, String code, String name, ProjectStatus status, String countyCode,
            String villageCode, List<String> naturalVillages) {
    }

    public List<ProjectRow> lockProjects(Collection<Long> ids) {
        return projects(ids, true);
    }

    /** The same rows read without a lock (the default owner needs only the projects' villages). */
    public List<ProjectRow> projects(Collection<Long> ids) {
        return projects(ids, false);
    }

    private List<ProjectRow> projects(Collection<Long> ids, boolean lock) {
        return jdbc.work(c -> {
            List<ProjectRow> rows = new ArrayList<>();
            // in id order, so formations over overlapping projects lock them in one order
            for (long id : ids.stream().sorted().toList()) {
                try (PreparedStatement s = c.prepareStatement("SELECT id, code, name, status, county_code, village_code"
                        + " FROM project WHERE id = ?" + (lock ? " FOR UPDATE" : ""))) {
                    s.setLong(1, id);
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next()) {
                            rows.add(new ProjectRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                                    ProjectStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                                    naturalVillages(c, id)));
                        }
                    }
                }
            }
            return rows;
        });
    }

    private static List<String> naturalVillages(Connection c, long projectId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT natural_village_code FROM project_natural_village"
                + " WHERE project_id = ? ORDER BY natural_village_code")) {
            s.setLong(1, projectId);
            try (ResultSet rs = s.executeQuery()) {
                List<String> codes = new ArrayList<>();
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
                return codes;
            }
        }
    }

    /** The county's next asset code of the year: 2026-532922-ZC0001 (gap-free, locked until the transaction ends). */
    public String nextCode(RegionCode county, int year) {
        long n = jdbc.work(c -> GapFreeSequence.ASSET.next(c, county.value(), year));
        return year + "-" + county.value().substring(0, 6) + "-ZC" + String.format("%04d", n);
    }

    /** What the project's earlier assets carry of its payments, by fund source. */
    public Map<FundSource, Money> carried(long projectId) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT source, SUM(amount) FROM asset_value"
                    + " WHERE project_id = ? GROUP BY source")) {
                s.setLong(1, projectId);
                try (ResultSet rs = s.executeQuery()) {
                    Map<FundSource, Money> sums = new EnumMap<>(FundSource.class);
                    while (rs.next()) {
                        sums.put(FundSource.valueOf(rs.getString(1)), Money.of(rs.getBigDecimal(2)));
                    }
                    return sums;
                }
            }
        });
    }

    public List<AssetCategoryView> categories() {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT code, asset_class, name, name_en, active"
                    + " FROM asset_category ORDER BY sort_order, code"); ResultSet rs = s.executeQuery()) {
                List<AssetCategoryView> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new AssetCategoryView(rs.getString(1), AssetClass.valueOf(rs.getString(2)),
                            rs.getString(3), rs.getString(4), rs.getBoolean(5)));
                }
                return out;
            }
        });
    }

    /** An active sub-type of the class, by its code or its name. */
    public Optional<AssetCategoryView> category(AssetClass assetClass, String codeOrName) {
        return categories().stream().filter(v -> v.active() && v.assetClass() == assetClass
                && (v.code().equals(codeOrName) || v.name().equals(codeOrName))).findFirst();
    }

    public void insert(Asset asset, String createdBy, LocalDateTime at) {
        Asset.State s = asset.state();
        long id = jdbc.work(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO asset (code, name, public_name, asset_class,"
                    + " category_code, quantity, unit, natural_village_code, county_code, formed_on, original_value,"
                    + " value_entered, stage, last_event_on, created_by, created_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                bind(p, s.code(), s.name(), PersonalDataMasker.maskText(s.name()), s.assetClass(), s.categoryCode(),
                        s.quantity(), s.unit(), s.naturalVillage().value(), s.naturalVillage().county().value(),
                        s.formedOn(), s.originalValue(), s.valueEntered(), s.stage(), s.lastEventOn(), createdBy, at);
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        asset.stored(id);
        jdbc.work(c -> {
            for (SourceShare share : asset.sources()) {
                execute(c, "INSERT INTO asset_source (asset_id, project_id, share) VALUES (?,?,?)", id,
                        share.projectId(), share.share());
            }
            for (ValuePart part : asset.values()) {
                execute(c, "INSERT INTO asset_value (asset_id, project_id, source, amount) VALUES (?,?,?,?)", id,
                        part.projectId(), part.source(), part.amount());
            }
            return null;
        });
        writeEvents(asset);
    }

    public Optional<Asset> find(long id, boolean lock) {
        return jdbc.work(c -> {
            Asset.State s;
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM asset a WHERE a.id = ?"
                    + (lock ? " FOR UPDATE" : ""))) {
                p.setLong(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Asset>empty();
                    }
                    s = state(rs);
                }
            }
            List<SourceShare> sources = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT project_id, share FROM asset_source WHERE asset_id = ?"
                    + " ORDER BY project_id")) {
                p.setLong(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        sources.add(new SourceShare(rs.getLong(1), rs.getBigDecimal(2)));
                    }
                }
            }
            List<ValuePart> values = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT project_id, source, amount FROM asset_value"
                    + " WHERE asset_id = ? ORDER BY project_id, source")) {
                p.setLong(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        values.add(new ValuePart(rs.getLong(1), FundSource.valueOf(rs.getString(2)),
                                Money.of(rs.getBigDecimal(3))));
                    }
                }
            }
            List<Handover> handovers = handovers(c, id);
            List<Disposal> disposals = disposals(c, id);
            int events;
            try (PreparedStatement p = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM asset_event"
                    + " WHERE asset_id = ?")) {
                p.setLong(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    events = rs.getInt(1);
                }
            }
            return Optional.of(Asset.restore(s, sources, values, owners(c, id),
                    handovers.isEmpty() ? null : handovers.get(handovers.size() - 1),
                    disposals.isEmpty() ? null : disposals.get(disposals.size() - 1), events));
        });
    }

    /** Writes what the step changed. */
    public void save(Asset asset) {
        Asset.State s = asset.state();
        long id = s.id();
        jdbc.work(c -> {
            execute(c, "UPDATE asset SET stage = ?, status = ?, owner_level = ?, supervising_department = ?,"
                    + " operation_mode = ?, operator = ?, public_operator = ?, contract_from = ?, contract_to = ?,"
                    + " expected_annual_income = ?, caretaker = ?, four_batch = ?, four_batch_measure = ?,"
                    + " four_batch_on = ?, last_event_on = ? WHERE id = ?", s.stage(), s.status(), s.ownerLevel(),
                    s.supervisingDepartment(), s.operationMode(), s.operator(),
                    PersonalDataMasker.maskText(s.operator()), s.contractFrom(), s.contractTo(),
                    s.expectedAnnualIncome(), s.caretaker(), s.fourBatch(), s.fourBatchMeasure(), s.fourBatchOn(),
                    s.lastEventOn(), id);
            if (asset.ownersChanged()) {
                execute(c, "DELETE FROM asset_owner WHERE asset_id = ?", id);
                int seq = 0;
                for (Owner o : asset.owners()) {
                    execute(c, "INSERT INTO asset_owner (asset_id, seq, entity_name, public_entity_name, region_code,"
                            + " household_id, share) VALUES (?,?,?,?,?,?,?)", id, seq++, o.entityName(),
                            PersonalDataMasker.maskText(o.entityName()), o.regionCode(), o.householdId(), o.share());
                }
            }
            Handover h = asset.handover();
            if (h != null && h.isNew()) {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO asset_handover (asset_id, from_unit, to_owner,"
                        + " asset_list, acceptance_report_ref, archive_list, handed_over_on, booked_on, signed_by,"
                        + " signed_at) VALUES (?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                    bind(p, id, h.fromUnit(), h.toOwner(), h.assetList(), h.acceptanceReportRef(), h.archiveList(),
                            h.handedOverOn(), h.bookedOn(), h.signedBy(), h.signedAt());
                    p.executeUpdate();
                    try (ResultSet keys = p.getGeneratedKeys()) {
                        keys.next();
                        h.stored(keys.getLong(1));
                    }
                }
            } else if (h != null && h.confirmedNow()) {
                execute(c, "UPDATE asset_handover SET confirmed_by = ?, confirmed_on = ?, confirmed_at = ? WHERE id = ?",
                        h.confirmedBy(), h.confirmedOn(), h.confirmedAt(), h.id());
            }
            Disposal d = asset.disposal();
            if (d != null && d.isNew()) {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO asset_disposal (asset_id, method, reason,"
                        + " appraised_value, proceeds_use, status, proposed_on, proposed_by) VALUES (?,?,?,?,?,?,?,?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    bind(p, id, d.method(), d.reason(), d.appraisedValue(), d.proceedsUse(), d.status(),
                            d.proposedOn(), d.proposedBy());
                    p.executeUpdate();
                    try (ResultSet keys = p.getGeneratedKeys()) {
                        keys.next();
                        d.stored(keys.getLong(1));
                    }
                }
            } else if (d != null && d.changed()) {
                execute(c, "UPDATE asset_disposal SET status = ?, rural_approved_by = ?, finance_approved_by = ?,"
                        + " proceeds = ? WHERE id = ?", d.status(), d.ruralApprovedBy(), d.financeApprovedBy(),
                        d.proceeds(), d.id());
            }
            return null;
        });
        writeEvents(asset);
    }

    private void writeEvents(Asset asset) {
        jdbc.work(c -> {
            for (AssetEvent e : asset.recorded()) {
                Map<String, String> details = new TreeMap<>(e.details());
                // a step that created a 移交书 or a disposal names it, so the history can be read against them
                if (e.kind() == AssetEventKind.HANDOVER_SIGNED && asset.handover() != null) {
                    details.put("handoverId", String.valueOf(asset.handover().id()));
                }
                if (e.kind() == AssetEventKind.DISPOSAL_PROPOSED && asset.disposal() != null) {
                    details.put("disposalId", String.valueOf(asset.disposal().id()));
                }
                execute(c, "INSERT INTO asset_event (asset_id, seq, kind, event_date, actor, actor_name, actor_role,"
                        + " document_ref, details, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?)", asset.id(), e.seq(),
                        e.kind(), e.on(), e.actor(), e.actorName(), e.role(), e.documentRef(),
                        CanonicalJson.write(new LinkedHashMap<String, Object>(details)), e.recordedAt());
            }
            return null;
        });
    }

    public List<AssetEvent> events(long assetId) {
        return jdbc.work(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT seq, kind, event_date, actor, actor_name, actor_role,"
                    + " document_ref, details, recorded_at FROM asset_event WHERE asset_id = ? ORDER BY seq")) {
                p.setLong(1, assetId);
                try (ResultSet rs = p.executeQuery()) {
                    List<AssetEvent> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new AssetEvent(rs.getInt(1), AssetEventKind.valueOf(rs.getString(2)),
                                rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5),
                                Role.valueOf(rs.getString(6)), rs.getString(7), details(rs.getString(8)),
                                rs.getTimestamp(9).toLocalDateTime()));
                    }
                    return out;
                }
            }
        });
    }

    public List<Handover> handovers(long assetId) {
        return jdbc.work(c -> handovers(c, assetId));
    }

    public List<Disposal> disposals(long assetId) {
        return jdbc.work(c -> disposals(c, assetId));
    }

    /** An asset formed from a project, with the part of its 原值 that project carries. */
    public record FormedAsset(String code, String name, AssetClass assetClass, String subType, Money fromProject) {
    }

    /** The assets formed from a project so far, in the order they were registered (the 项目完成公告 lists them). */
    public List<FormedAsset> formedFrom(long projectId) {
        return jdbc.work(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT a.code, a.name, a.asset_class, k.name,"
                    + " (SELECT COALESCE(SUM(v.amount), 0) FROM asset_value v WHERE v.asset_id = a.id AND v.project_id = ?)"
                    + " FROM asset_source s JOIN asset a ON a.id = s.asset_id JOIN asset_category k ON k.code = a.category_code"
                    + " WHERE s.project_id = ? ORDER BY a.id")) {
                p.setLong(1, projectId);
                p.setLong(2, projectId);
                try (ResultSet rs = p.executeQuery()) {
                    List<FormedAsset> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new FormedAsset(rs.getString(1), rs.getString(2), AssetClass.valueOf(rs.getString(3)),
                                rs.getString(4), Money.of(rs.getBigDecimal(5))));
                    }
                    return out;
                }
            }
        });
    }

    /** The asset a disposal belongs to: the subject of a 资产处置公示 is the disposal, its page the asset's. */
    public Optional<Long> assetOfDisposal(long disposalId) {
        return jdbc.work(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT asset_id FROM asset_disposal WHERE id = ?")) {
                p.setLong(1, disposalId);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    /** The source projects of an asset with their codes and names. */
    public List<AssetView.Source> sourceProjects(long assetId) {
        return jdbc.work(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT s.project_id, p.code, p.name, s.share"
                    + " FROM asset_source s JOIN project p ON p.id = s.project_id WHERE s.asset_id = ?"
                    + " ORDER BY s.project_id")) {
                p.setLong(1, assetId);
                try (ResultSet rs = p.executeQuery()) {
                    List<AssetView.Source> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new AssetView.Source(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getBigDecimal(4)));
                    }
                    return out;
                }
            }
        });
    }

    /**
     * One page of the register inside {@code scope} and the totals of the whole filtered set: one query counts the
     * matching assets and sums their 原值, one reads the page; both bounded by the region prefix (an index range on
     * the natural village's code) and the filters. Each row carries its owners' names, joined in the order of 确权.
     */
    public AssetList page(RegionCode scope, AssetFilter f, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE a.natural_village_code LIKE ?");
        List<Object> args = new ArrayList<>();
        args.add((f.region() != null ? f.region() : scope).subtreePrefix() + "%");
        if (f.assetClass() != null) {
            where.append(" AND a.asset_class = ?");
            args.add(f.assetClass());
        }
        if (f.status() != null) {
            where.append(" AND a.status = ?");
            args.add(f.status());
        }
        if (f.ownerLevel() != null) {
            where.append(" AND a.owner_level = ?");
            args.add(f.ownerLevel());
        }
        if (f.text() != null) {
            String like = containing(f.text());
            where.append(" AND (a.name LIKE ? OR a.code LIKE ?)");
            args.add(like);
            args.add(like);
        }
        return jdbc.work(c -> {
            AssetList.Totals totals;
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*), COALESCE(SUM(a.original_value), 0)"
                    + " FROM asset a" + where)) {
                bind(p, args.toArray());
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    totals = new AssetList.Totals(rs.getLong(1), Money.of(rs.getBigDecimal(2)));
                }
            }
            List<AssetSummary> items = new ArrayList<>();
            if (totals.count() > 0) {
                List<Object> pageArgs = new ArrayList<>(args);
                pageArgs.add(size);
                pageArgs.add((long) page * size);
                try (PreparedStatement p = c.prepareStatement("SELECT a.id, a.code, a.name, a.asset_class, k.name,"
                        + " a.natural_village_code, r.name, a.formed_on, a.original_value, a.stage, a.status, a.operator,"
                        + " a.caretaker, a.owner_level, (SELECT GROUP_CONCAT(o.entity_name ORDER BY o.seq SEPARATOR '、')"
                        + " FROM asset_owner o WHERE o.asset_id = a.id)"
                        + " FROM asset a JOIN asset_category k ON k.code = a.category_code"
                        + " JOIN region r ON r.code = a.natural_village_code" + where
                        + " ORDER BY a.natural_village_code, a.id LIMIT ? OFFSET ?")) {
                    bind(p, pageArgs.toArray());
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            items.add(new AssetSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
                                    AssetClass.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                                    rs.getString(7), rs.getObject(8, LocalDate.class), Money.of(rs.getBigDecimal(9)),
                                    AssetStage.valueOf(rs.getString(10)), enumOf(AssetStatus.class, rs.getString(11)),
                                    rs.getString(12), rs.getString(13), enumOf(OwnerLevel.class, rs.getString(14)),
                                    rs.getString(15)));
                        }
                    }
                }
            }
            return new AssetList(new Page<>(items, totals.count()), totals);
        });
    }

    /** The text as a LIKE pattern matching it anywhere, its own %, _ and \\ taken literally. */
    static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static Asset.State state(ResultSet rs) throws SQLException {
        BigDecimal income = rs.getBigDecimal(20);
        return new Asset.State(rs.getLong(1), rs.getString(2), rs.getString(3), AssetClass.valueOf(rs.getString(4)),
                rs.getString(5), rs.getBigDecimal(6), rs.getString(7), RegionCode.of(rs.getString(8)),
                rs.getObject(9, LocalDate.class), Money.of(rs.getBigDecimal(10)), rs.getBoolean(11),
                AssetStage.valueOf(rs.getString(12)), enumOf(AssetStatus.class, rs.getString(13)),
                enumOf(OwnerLevel.class, rs.getString(14)), rs.getString(15),
                enumOf(OperationMode.class, rs.getString(16)), rs.getString(17), rs.getObject(18, LocalDate.class),
                rs.getObject(19, LocalDate.class), income == null ? null : Money.of(income), rs.getString(21),
                enumOf(FourBatch.class, rs.getString(22)), rs.getString(23), rs.getObject(24, LocalDate.class),
                rs.getObject(25, LocalDate.class));
    }

    private static List<Owner> owners(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT o.entity_name, o.region_code, o.share, o.household_id,"
                + " h.household_no FROM asset_owner o LEFT JOIN household h ON h.id = o.household_id"
                + " WHERE o.asset_id = ? ORDER BY o.seq")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                List<Owner> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Owner(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
                            rs.getObject(4, Long.class), rs.getString(5)));
                }
                return out;
            }
        }
    }

    private static List<Handover> handovers(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id, from_unit, to_owner, asset_list, acceptance_report_ref,"
                + " archive_list, handed_over_on, booked_on, signed_by, signed_at, confirmed_by, confirmed_on,"
                + " confirmed_at FROM asset_handover WHERE asset_id = ? ORDER BY id")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                List<Handover> out = new ArrayList<>();
                while (rs.next()) {
                    Timestamp confirmedAt = rs.getTimestamp(13);
                    out.add(new Handover(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                            rs.getObject(8, LocalDate.class), rs.getString(9), rs.getTimestamp(10).toLocalDateTime(),
                            rs.getString(11), rs.getObject(12, LocalDate.class),
                            confirmedAt == null ? null : confirmedAt.toLocalDateTime()));
                }
                return out;
            }
        }
    }

    private static List<Disposal> disposals(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id, method, reason, appraised_value, proceeds_use, status,"
                + " rural_approved_by, finance_approved_by, proceeds, proposed_on, proposed_by FROM asset_disposal"
                + " WHERE asset_id = ? ORDER BY id")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                List<Disposal> out = new ArrayList<>();
                while (rs.next()) {
                    BigDecimal appraised = rs.getBigDecimal(4);
                    BigDecimal proceeds = rs.getBigDecimal(9);
                    out.add(new Disposal(rs.getLong(1), DisposalMethod.valueOf(rs.getString(2)), rs.getString(3),
                            appraised == null ? null : Money.of(appraised), rs.getString(5),
                            DisposalStatus.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
                            proceeds == null ? null : Money.of(proceeds), rs.getObject(10, LocalDate.class),
                            rs.getString(11)));
                }
                return out;
            }
        }
    }

    private static Map<String, String> details(String json) {
        Map<String, String> out = new TreeMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            o.forEach((k, v) -> out.put(k, v instanceof JsonString text ? text.getString() : v.toString()));
        }
        return out;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static void execute(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, values);
            p.executeUpdate();
        }
    }

    private static void bind(PreparedStatement p, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                p.setNull(i + 1, Types.NULL);
            } else if (v instanceof Money m) {
                p.setBigDecimal(i + 1, m.toBigDecimal());
            } else if (v instanceof LocalDate d) {
                p.setDate(i + 1, Date.valueOf(d));
            } else if (v instanceof LocalDateTime t) {
                p.setTimestamp(i + 1, Timestamp.valueOf(t));
            } else if (v instanceof Enum<?> e) {
                p.setString(i + 1, e.name());
            } else {
                p.setObject(i + 1, v);
            }
        }
    }

}
