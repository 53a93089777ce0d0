package cn.sunledger.portal.read;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The assets located in a natural village (or in any natural village of an administrative village), for the region
 * pages, as the projects are listed there. Three queries per page whatever the number of assets: the assets with
 * their owners, their source projects, and the published notices about them. The portal reads assets only through
 * the views of V30, which hold public fields only and every name masked; it cannot read the asset tables.
 */
@ApplicationScoped
public class PublicAssets {


    // owners in 确权 order, in the same query; a household's owners are not in the view at all
    static final String COLUMNS = "SELECT a.id, a.code, a.name, a.class_name, a.sub_type, a.original_value,"
            + " a.formed_on, a.natural_village_name, a.owner_level_name, a.personal_owner, (SELECT GROUP_CONCAT("
            + "o.entity_name ORDER BY o.seq SEPARATOR '、') FROM public_asset_owner o WHERE o.asset_id = a.id),"
            + " a.operator, a.status_name FROM public_asset a";
    static final String NEWEST_FIRST = " ORDER BY a.formed_on DESC, a.code DESC LIMIT ?";

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource portal;

    /** The newest {@code limit} assets located in the natural village. */
    public List<PublicAsset> locatedIn(String naturalVillageCode, int limit) {
        return read(COLUMNS + " WHERE a.natural_village_code = ?" + NEWEST_FIRST, naturalVillageCode, limit);
    }

    /** The newest {@code limit} assets of the administrative village (all its natural villages). */
    public List<PublicAsset> ofVillage(String villageCode, int limit) {
        // a natural village's code is its village's and three digits: a prefix range of the place index
        return read(COLUMNS + " WHERE a.natural_village_code LIKE ?" + NEWEST_FIRST, villageCode + "%", limit);
    }

    private List<PublicAsset> read(String sql, String place, int limit) {
        try (Connection c = portal.getConnection()) {
            Map<Long, PublicAsset> assets = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, place);
                s.setInt(2, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        assets.put(rs.getLong(1), new PublicAsset(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getBigDecimal(6), rs.getObject(7, LocalDate.class),
                                rs.getString(8), rs.getString(9), rs.getBoolean(10), rs.getString(11),
                                rs.getString(12), rs.getString(13), List.of(), List.of()));
                    }
                }
            }
            return assets.isEmpty() ? List.of() : withSourcesAndNotices(c, assets);
        } catch (SQLException e) {
            throw new IllegalStateException("portal database read failed", e);
        }
    }

    /** Every listed asset's source projects and published notices, one query each. */
    static List<PublicAsset> withSourcesAndNotices(Connection c, Map<Long, PublicAsset> assets) throws SQLException {
        Map<Long, List<PublicAsset.Source>> sources = new LinkedHashMap<>();
        assets.keySet().forEach(id -> sources.put(id, new ArrayList<>()));
        try (PreparedStatement s = PublishedNotices.prepare(c, "SELECT asset_id, project_code, project_name"
                + " FROM public_asset_source WHERE asset_id IN (" + SubjectNotices.marks(assets.size()) + ")"
                + " ORDER BY asset_id, project_code", new ArrayList<Object>(assets.keySet()));
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                sources.get(rs.getLong(1)).add(new PublicAsset.Source(rs.getString(2), rs.getString(3)));
            }
        }
        Map<Long, List<PublicProject.Notice>> notices = notices(c, assets.keySet());
        List<PublicAsset> filled = new ArrayList<>(assets.size());
        assets.values().forEach(a -> filled.add(a.with(sources.get(a.id()), notices.get(a.id()))));
        return filled;
    }

    /**
     * The published notices about the listed assets — 资产确权移交公示, their disposals' 资产处置公示 and their operator
     * changes' 资产经营主体变更公示 — oldest first, each with the notice that corrected it, in one query through
     * {@code public_asset_notice}, which maps each type's subject to its asset.
     */
    static Map<Long, List<PublicProject.Notice>> notices(Connection c, java.util.Collection<Long> assetIds)
            throws SQLException {
        Map<Long, List<PublicProject.Notice>> byAsset = new LinkedHashMap<>();
        assetIds.forEach(id -> byAsset.put(id, new ArrayList<>()));
        String sql = "SELECT a.asset_id, p.notice_no, p.type, p.title, p.published_at, s.new_notice_no"
                + " FROM public_asset_notice a JOIN publication p ON p.notice_no = a.notice_no"
                + " LEFT JOIN supersession s ON s.old_notice_no = p.notice_no"
                + " WHERE a.asset_id IN (" + SubjectNotices.marks(byAsset.size()) + ") ORDER BY p.published_at, p.notice_no";
        try (PreparedStatement s = PublishedNotices.prepare(c, sql, new ArrayList<Object>(byAsset.keySet()));
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                byAsset.get(rs.getLong(1)).add(new PublicProject.Notice(rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, java.time.LocalDateTime.class), rs.getString(6)));
            }
        }
        return byAsset;
    }
}
