package cn.sunledger.portal.read;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reads regions through the portal's own database user (PortalDS), which may only SELECT what is public.
 * Plain JDBC: the portal needs a handful of read queries, not an ORM.
 */
@ApplicationScoped
public class PublicRegions {

    private static final String COLUMNS = "code, name, level, parent_code, demo, supervision_hotline";

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource portal;

    public List<PublicRegion> roots() {
        return query("SELECT " + COLUMNS + " FROM region WHERE parent_code IS NULL ORDER BY code", null);
    }

    public List<PublicRegion> children(String code) {
        return query("SELECT " + COLUMNS + " FROM region WHERE parent_code = ? ORDER BY code", code);
    }

    public Optional<PublicRegion> find(String code) {
        return query("SELECT " + COLUMNS + " FROM region WHERE code = ?", code).stream().findFirst();
    }

    /** The region and its ancestors, top first. */
    public List<PublicRegion> path(String code) {
        List<PublicRegion> path = new ArrayList<>();
        Optional<PublicRegion> at = find(code);
        while (at.isPresent()) {
            path.add(0, at.get());
            at = at.get().parentCode() == null ? Optional.empty() : find(at.get().parentCode());
        }
        return path;
    }

    private List<PublicRegion> query(String sql, String parameter) {
        try (Connection c = portal.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            List<PublicRegion> found = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new PublicRegion(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getBoolean(5), rs.getString(6)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("portal database read failed", e);
        }
    }
}
