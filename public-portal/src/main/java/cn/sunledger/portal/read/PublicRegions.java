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
        return query("SELECT " + COLUMNS + " FROM region WHERE parent_code IS NULL ORDER BY code");
    }

    public List<PublicRegion> children(String code) {
        return query("SELECT " + COLUMNS + " FROM region WHERE parent_code = ? ORDER BY code", code);
    }

    public Optional<PublicRegion> find(String code) {
        return query("SELECT " + COLUMNS + " FROM region WHERE code = ?", code).stream().findFirst();
    }

    /** The region and its ancestors, top first, in one query (the ancestors' codes follow from the code). */
    public List<PublicRegion> path(String code) {
        List<String> codes = RegionScope.pathCodes(code);
        String marks = String.join(", ", java.util.Collections.nCopies(codes.size(), "?"));
        return query("SELECT " + COLUMNS + " FROM region WHERE code IN (" + marks + ") ORDER BY LENGTH(code), code",
                codes.toArray(new String[0]));
    }

    private List<PublicRegion> query(String sql, String... parameters) {
        try (Connection c = portal.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
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
