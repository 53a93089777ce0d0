package cn.sunledger.ledger.infrastructure.persistence.migration;

import cn.sunledger.ledger.domain.model.asset.AssetClass;
import cn.sunledger.ledger.domain.model.asset.AssetStage;
import cn.sunledger.ledger.domain.model.asset.AssetStatus;
import cn.sunledger.ledger.domain.model.asset.OwnerLevel;
import cn.sunledger.ledger.domain.model.shared.PersonalDataMasker;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The portal's region pages list the assets located there (issue 11 item 6), read through views that hold public
 * fields only, every name already masked:
 * <ul>
 * <li>{@code asset.public_name}, {@code asset.public_operator} and {@code asset_owner.public_entity_name}: the names
 * after {@link PersonalDataMasker}, written by the ledger's {@code AssetStore} with every name from now on and here
 * for the rows that exist — in Java, as V12_1 did for projects, so that one masker, not an SQL copy of its patterns,
 * decides. The database then requires them (NOT NULL; a CHECK pairs the operator with its public copy).</li>
 * <li>{@code public_asset}: code, masked name, class and sub-type, 原值, formation date, natural village, owner level,
 * masked operator, status; labels in Chinese, written into the view from the enums' own names so there is no second
 * list of them. Every registered asset is public — registration is the county's record of what an accepted project
 * left behind, with no draft state; what is not settled yet shows as its stage (已登记, 已确权, 移交待接收).</li>
 * <li>{@code public_asset_owner} and {@code public_asset_source} (the source projects through {@code public_project},
 * so their masked names).</li>
 * </ul>
 * A 到户类 asset, or one owned at the level 农户, belongs to a person: its owners are not in {@code public_asset_owner}
 * and its operator (the household itself, as a rule) is NULL in {@code public_asset}. The masker hides ID and mobile
 * numbers, not names, and a household's name beside the value of what it received is personal data the notice rules
 * do not ask to publish; {@code personal_owner} tells the portal to say so instead. The portal user reads these views
 * and none of the asset tables.
 */
public class V30__PublicAssets extends BaseJavaMigration {

    /** The owner is a person: a 到户类 asset, or an owner level of 农户. */
    private static final String PERSONAL = "(a.asset_class = 'HOUSEHOLD' OR COALESCE(a.owner_level, '') = 'HOUSEHOLD')";

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        String portal = context.getConfiguration().getPlaceholders().get("portal_user");
        execute(c, "ALTER TABLE asset ADD COLUMN public_name VARCHAR(200) NULL AFTER name,"
                + " ADD COLUMN public_operator VARCHAR(200) NULL AFTER operator");
        execute(c, "ALTER TABLE asset_owner ADD COLUMN public_entity_name VARCHAR(200) NULL AFTER entity_name");
        maskExisting(c);
        execute(c, "ALTER TABLE asset MODIFY public_name VARCHAR(200) NOT NULL,"
                + " ADD CONSTRAINT ck_asset_public_operator CHECK ((operator IS NULL) = (public_operator IS NULL))");
        execute(c, "ALTER TABLE asset_owner MODIFY public_entity_name VARCHAR(200) NOT NULL");
        for (String view : views()) {
            execute(c, view);
        }
        for (String view : List.of("public_asset", "public_asset_owner", "public_asset_source")) {
            for (String host : List.of("%", "localhost")) {
                execute(c, "GRANT SELECT ON " + view + " TO '" + portal + "'@'" + host + "'");
            }
        }
    }

    /** The views' definitions (a unit test reads the labels in them). */
    static List<String> views() {
        return List.of("CREATE VIEW public_asset AS"
                + " SELECT a.id, a.code, a.public_name AS name, a.asset_class,"
                + " " + labels("a.asset_class", AssetClass.values(), AssetClass::chineseName) + " AS class_name,"
                + " k.name AS sub_type, a.original_value, a.formed_on, a.natural_village_code,"
                + " r.name AS natural_village_name, a.owner_level,"
                + " " + labels("a.owner_level", OwnerLevel.values(), OwnerLevel::chineseName) + " AS owner_level_name,"
                + " " + PERSONAL + " AS personal_owner,"
                + " CASE WHEN " + PERSONAL + " THEN NULL ELSE a.public_operator END AS operator,"
                + " COALESCE(" + labels("a.status", AssetStatus.values(), AssetStatus::chineseName) + ", "
                + labels("a.stage", AssetStage.values(), AssetStage::chineseName) + ") AS status_name"
                + " FROM asset a"
                + " JOIN asset_category k ON k.code = a.category_code"
                + " JOIN region r ON r.code = a.natural_village_code",
                "CREATE VIEW public_asset_owner AS"
                + " SELECT o.asset_id, o.seq, o.public_entity_name AS entity_name, o.share"
                + " FROM asset_owner o JOIN asset a ON a.id = o.asset_id"
                + " WHERE NOT " + PERSONAL,
                "CREATE VIEW public_asset_source AS"
                + " SELECT s.asset_id, s.project_id, p.code AS project_code, p.name AS project_name, s.share"
                + " FROM asset_source s JOIN public_project p ON p.id = s.project_id");
    }

    /** {@code CASE column WHEN 'CODE' THEN '名称' … END}: NULL for a code the enum does not have. */
    static <E extends Enum<E>> String labels(String column, E[] values, Function<E, String> label) {
        return Stream.of(values).map(v -> " WHEN '" + v.name() + "' THEN '" + label.apply(v).replace("'", "''") + "'")
                .collect(Collectors.joining("", "CASE " + column, " END"));
    }

    /** Writes the public copies of every asset's and owner's names through the masker (public for its test). */
    public static void maskExisting(Connection c) throws SQLException {
        mask(c, "SELECT name, operator, id FROM asset", 2,
                "UPDATE asset SET public_name = ?, public_operator = ? WHERE id = ?");
        mask(c, "SELECT entity_name, asset_id, seq FROM asset_owner", 1,
                "UPDATE asset_owner SET public_entity_name = ? WHERE asset_id = ? AND seq = ?");
    }

    /**
     * Writes the masked copy of the first {@code masked} columns the query reads, by the key columns after them: the
     * update takes the masked values, then the keys, in the query's order.
     */
    private static void mask(Connection c, String select, int masked, String update) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(select);
                PreparedStatement u = c.prepareStatement(update)) {
            int columns = rs.getMetaData().getColumnCount();
            int pending = 0;
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    u.setObject(i, i <= masked ? PersonalDataMasker.maskText(rs.getString(i)) : rs.getObject(i));
                }
                u.addBatch();
                if (++pending == 500) {
                    u.executeBatch();
                    pending = 0;
                }
            }
            u.executeBatch();
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
