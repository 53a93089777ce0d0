package cn.sunledger.ledger.application.internal.household;

import cn.sunledger.ledger.application.Page;
import cn.sunledger.ledger.application.household.HouseholdFilter;
import cn.sunledger.ledger.application.household.HouseholdView;
import cn.sunledger.ledger.application.household.HouseholdView.CategoryEntry;
import cn.sunledger.ledger.application.household.Reveal;
import cn.sunledger.ledger.domain.model.asset.Refusals;
import cn.sunledger.ledger.domain.model.household.HouseholdCategory;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.infrastructure.crypto.Sealed;
import cn.sunledger.ledger.infrastructure.persistence.jdbc.TransactionJdbc;
import cn.sunledger.ledger.infrastructure.sequence.GapFreeSequence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The household register's rows in plain JDBC on the transaction's connection. It reads and writes only masked and
 * sealed forms: no plaintext ID number or phone passes through here, so none can reach a statement, a log line or a
 * database error message.
 */
@ApplicationScoped
public class HouseholdStore {

    private static final String COLUMNS = "h.id, h.household_no, h.natural_village_code, r.name, h.head_name,"
            + " h.id_number_masked, h.phone_masked, h.members, h.category, h.category_since, h.county_code";
    private static final String FROM = " FROM household h JOIN region r ON r.code = h.natural_village_code";

    @Inject
    TransactionJdbc jdbc;

    /** A household to insert: everything personal already sealed, hashed and masked. */
    public record NewHousehold(String naturalVillageCode, String villageCode, String countyCode, String headName,
            Sealed idNumber, String idNumberMasked, byte[] idNumberHmac, Sealed phone, String phoneMasked, int members,
            HouseholdCategory category, LocalDate since) {
    }

    /** A household already holding an ID number, as a refusal names it. */
    public record Holder(String householdNo, String naturalVillageName, String headName) {
    }

    /** A row and the county it belongs to (scope checks and the uniqueness rule are per county). */
    public record Row(HouseholdView view, String countyCode) {
    }

    /** A household inserted: its id and its number. */
    public record Inserted(long id, String householdNo) {
    }

    /** Inserts the households in order, numbered gap-free in their village, each with its first category row. */
    public List<Inserted> insert(List<NewHousehold> households, String user, LocalDateTime at) {
        return insert(households, user, at, done -> {
        });
    }

    /**
     * As {@link #insert(List, String, LocalDateTime)}, in multi-row statements of {@link #CHUNK} households (one round
     * trip each; INSERT … RETURNING gives their ids in order) and their category rows likewise; {@code saved} is told
     * how many are written after each chunk. All on the transaction's connection: a refusal rolls every chunk back.
     */
    public List<Inserted> insert(List<NewHousehold> households, String user, LocalDateTime at, IntConsumer saved) {
        return jdbc.work(c -> {
            Map<String, Long> nextByVillage = new LinkedHashMap<>();
            Map<String, Integer> countByVillage = new LinkedHashMap<>();
            households.forEach(h -> countByVillage.merge(h.villageCode(), 1, Integer::sum));
            for (var e : countByVillage.entrySet()) {
                nextByVillage.put(e.getKey(),
                        GapFreeSequence.HOUSEHOLD.take(c, e.getKey(), GapFreeSequence.NO_YEAR, e.getValue()));
            }
            List<Inserted> inserted = new ArrayList<>(households.size());
            Timestamp when = Timestamp.valueOf(at);
            for (int from = 0; from < households.size(); from += CHUNK) {
                List<NewHousehold> chunk = households.subList(from, Math.min(households.size(), from + CHUNK));
                List<String> numbers = new ArrayList<>(chunk.size());
                for (NewHousehold h : chunk) {
                    long n = nextByVillage.merge(h.villageCode(), 1L, Long::sum) - 1;
                    numbers.add(h.villageCode() + "-" + String.format("%04d", n));
                }
                List<Inserted> rows = insertChunk(c, chunk, numbers, user, when);
                insertFirstCategories(c, chunk, rows, user, when);
                inserted.addAll(rows);
                saved.accept(inserted.size());
            }
            return inserted;
        });
    }

    /** Households per multi-row statement: 1,000 rows of 17 values stay far below the driver's and server's limits. */
    static final int CHUNK = 1000;

    private static List<Inserted> insertChunk(Connection c, List<NewHousehold> chunk, List<String> numbers,
            String user, Timestamp at) throws SQLException {
        String values = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        String sql = "INSERT INTO household (household_no, natural_village_code, village_code, county_code, head_name,"
                + " id_number_key, id_number_sealed, id_number_masked, id_number_hmac, phone_key, phone_sealed,"
                + " phone_masked, members, category, category_since, created_by, created_at) VALUES "
                + (values + ", ").repeat(chunk.size() - 1) + values + " RETURNING id, household_no";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int p = 0;
            for (int i = 0; i < chunk.size(); i++) {
                NewHousehold h = chunk.get(i);
                s.setString(++p, numbers.get(i));
                s.setString(++p, h.naturalVillageCode());
                s.setString(++p, h.villageCode());
                s.setString(++p, h.countyCode());
                s.setString(++p, h.headName());
                s.setString(++p, h.idNumber().keyId());
                s.setBytes(++p, h.idNumber().bytes());
                s.setString(++p, h.idNumberMasked());
                s.setBytes(++p, h.idNumberHmac());
                if (h.phone() == null) {
                    s.setNull(++p, Types.VARCHAR);
                    s.setNull(++p, Types.VARBINARY);
                    s.setNull(++p, Types.CHAR);
                } else {
                    s.setString(++p, h.phone().keyId());
                    s.setBytes(++p, h.phone().bytes());
                    s.setString(++p, h.phoneMasked());
                }
                s.setInt(++p, h.members());
                s.setString(++p, h.category().name());
                s.setDate(++p, Date.valueOf(h.since()));
                s.setString(++p, user);
                s.setTimestamp(++p, at);
            }
            List<Inserted> rows = new ArrayList<>(chunk.size());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Inserted(rs.getLong(1), rs.getString(2)));
                }
            }
            // the rows come back in the statement's order; checked, since the category rows rely on it
            for (int i = 0; i < chunk.size(); i++) {
                if (rows.size() != chunk.size() || !rows.get(i).householdNo().equals(numbers.get(i))) {
                    throw new SQLException("INSERT … RETURNING did not answer the rows in order");
                }
            }
            return rows;
        } catch (SQLIntegrityConstraintViolationException e) {
            // another request registered the same person between our check and this insert
            if (String.valueOf(e.getMessage()).contains("uq_household_person")) {
                throw Refusals.rule("idNumber", "household.idRegisteredMeanwhile");
            }
            throw e;
        }
    }

    private static void insertFirstCategories(Connection c, List<NewHousehold> chunk, List<Inserted> rows,
            String user, Timestamp at) throws SQLException {
        String values = "(?, 1, ?, ?, ?, NULL, ?, ?)";
        try (PreparedStatement s = c.prepareStatement("INSERT INTO household_category (household_id, seq, year,"
                + " category, since, reason, recorded_by, recorded_at) VALUES " + (values + ", ").repeat(chunk.size() - 1)
                + values)) {
            int p = 0;
            for (int i = 0; i < chunk.size(); i++) {
                NewHousehold h = chunk.get(i);
                s.setLong(++p, rows.get(i).id());
                s.setInt(++p, h.since().getYear());
                s.setString(++p, h.category().name());
                s.setDate(++p, Date.valueOf(h.since()));
                s.setString(++p, user);
                s.setTimestamp(++p, at);
            }
            s.executeUpdate();
        }
    }

    /** The households of the county already holding these lookup hashes, by the hash's hex. */
    public Map<String, Holder> holders(String countyCode, Collection<byte[]> hashes) {
        Map<String, Holder> found = new LinkedHashMap<>();
        if (hashes.isEmpty()) {
            return found;
        }
        return jdbc.work(c -> {
            List<byte[]> all = List.copyOf(hashes);
            for (int from = 0; from < all.size(); from += 500) {
                List<byte[]> chunk = all.subList(from, Math.min(all.size(), from + 500));
                try (PreparedStatement s = c.prepareStatement("SELECT h.id_number_hmac, h.household_no, r.name,"
                        + " h.head_name" + FROM + " WHERE h.county_code = ? AND h.id_number_hmac IN ("
                        + "?,".repeat(chunk.size() - 1) + "?)")) {
                    s.setString(1, countyCode);
                    for (int i = 0; i < chunk.size(); i++) {
                        s.setBytes(i + 2, chunk.get(i));
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            found.put(HexFormat.of().formatHex(rs.getBytes(1)),
                                    new Holder(rs.getString(2), rs.getString(3), rs.getString(4)));
                        }
                    }
                }
            }
            return found;
        });
    }

    /** The household; {@code lock}: its row locked FOR UPDATE first, so that changes of one household queue. */
    public Optional<Row> find(long id, boolean lock) {
        return jdbc.work(c -> {
            if (lock) {
                try (PreparedStatement s = c.prepareStatement("SELECT id FROM household WHERE id = ? FOR UPDATE")) {
                    s.setLong(1, id);
                    s.executeQuery().close();
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + FROM + " WHERE h.id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(new Row(view(rs, history(c, id)), rs.getString(11)))
                            : Optional.<Row>empty();
                }
            }
        });
    }

    /** The household's sealed ID number (for a reveal, which the register records first). */
    public Sealed idNumber(long id) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id_number_key, id_number_sealed FROM household WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return new Sealed(rs.getString(1), rs.getBytes(2));
                }
            }
        });
    }

    public Page<HouseholdView> page(RegionCode scope, HouseholdFilter f, int page, int size) {
        return jdbc.work(c -> {
            StringBuilder where = new StringBuilder(" WHERE h.natural_village_code LIKE ?");
            List<Object> args = new ArrayList<>(List.of(scope.subtreePrefix() + "%"));
            if (f.region() != null) {
                where.append(" AND h.natural_village_code LIKE ?");
                args.add(f.region().subtreePrefix() + "%");
            }
            if (f.category() != null) {
                where.append(" AND h.category = ?");
                args.add(f.category().name());
            }
            long total;
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM household h" + where)) {
                bind(s, args);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<HouseholdView> items = new ArrayList<>();
            if ((long) page * size < total) {
                try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + FROM + where
                        + " ORDER BY h.natural_village_code, h.household_no LIMIT ? OFFSET ?")) {
                    bind(s, args);
                    s.setInt(args.size() + 1, size);
                    s.setLong(args.size() + 2, (long) page * size);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            items.add(view(rs, List.of()));
                        }
                    }
                }
            }
            return new Page<>(items, total);
        });
    }

    /** Every household the filter matches, in the list's order, one at a time (the export). */
    public void each(RegionCode scope, HouseholdFilter f, Consumer<HouseholdView> row) {
        int size = 1000;
        for (int page = 0; ; page++) {
            Page<HouseholdView> p = page(scope, f, page, size);
            p.items().forEach(row);
            if ((long) (page + 1) * size >= p.total()) {
                return;
            }
        }
    }

    /** A category change: the next history row and the household's current category. */
    public void changeCategory(long id, HouseholdCategory category, int year, LocalDate since, String reason,
            String user, LocalDateTime at) {
        jdbc.work(c -> {
            int seq;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT COALESCE(MAX(seq), 0) + 1 FROM household_category WHERE household_id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    seq = rs.getInt(1);
                }
            }
            insertCategory(c, id, seq, year, category, since, reason, user, at);
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE household SET category = ?, category_since = ? WHERE id = ?")) {
                s.setString(1, category.name());
                s.setDate(2, Date.valueOf(since));
                s.setLong(3, id);
                s.executeUpdate();
            }
            return null;
        });
    }

    public void recordReveal(long id, String user, String actorName, Role role, String reason, LocalDateTime at) {
        jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO household_reveal (household_id, revealed_by,"
                    + " actor_name, actor_role, reason, revealed_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, id);
                s.setString(2, user);
                s.setString(3, actorName);
                s.setString(4, role.name());
                s.setString(5, reason);
                s.setTimestamp(6, Timestamp.valueOf(at));
                s.executeUpdate();
            }
            return null;
        });
    }

    public List<Reveal> reveals(long id) {
        return jdbc.work(c -> {
            List<Reveal> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT revealed_at, actor_name, actor_role, reason"
                    + " FROM household_reveal WHERE household_id = ? ORDER BY revealed_at DESC, id DESC")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Reveal(rs.getTimestamp(1).toLocalDateTime(), rs.getString(2),
                                Role.valueOf(rs.getString(3)), rs.getString(4)));
                    }
                }
            }
            return out;
        });
    }

    private static void insertCategory(Connection c, long id, int seq, int year, HouseholdCategory category,
            LocalDate since, String reason, String user, LocalDateTime at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO household_category (household_id, seq, year,"
                + " category, since, reason, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setInt(2, seq);
            s.setInt(3, year);
            s.setString(4, category.name());
            s.setDate(5, Date.valueOf(since));
            s.setString(6, reason);
            s.setString(7, user);
            s.setTimestamp(8, Timestamp.valueOf(at));
            s.executeUpdate();
        }
    }

    private static List<CategoryEntry> history(Connection c, long id) throws SQLException {
        List<CategoryEntry> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT year, category, since, reason FROM household_category"
                + " WHERE household_id = ? ORDER BY seq")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new CategoryEntry(rs.getInt(1), HouseholdCategory.valueOf(rs.getString(2)),
                            rs.getDate(3).toLocalDate(), rs.getString(4)));
                }
            }
        }
        return out;
    }

    private static HouseholdView view(ResultSet rs, List<CategoryEntry> history) throws SQLException {
        return new HouseholdView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getInt(8), HouseholdCategory.valueOf(rs.getString(9)),
                rs.getDate(10).toLocalDate(), history);
    }

    private static void bind(PreparedStatement s, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            s.setObject(i + 1, args.get(i));
        }
    }
}
