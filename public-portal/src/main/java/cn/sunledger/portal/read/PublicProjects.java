package cn.sunledger.portal.read;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The projects located in a natural village (or in any natural village of an administrative village), for the
 * region pages. Two queries per page whatever the number of projects: the projects with their public figures
 * (planned, allocated, disbursed), then the published notices of all of them. A project is public once it has left DRAFT (docs/decisions.md); the
 * portal reads projects only through the public_project views (V12_2), which hold no draft and the masked name.
 */
@ApplicationScoped
public class PublicProjects {

    /** Notice types whose subject is a project (their subject_id is the project's id). */
    static final List<String> PROJECT_NOTICE_TYPES = List.of("PROJECT_DECLARATION", "TOWNSHIP_REVIEW",
            "PROJECT_START", "PROJECT_COMPLETION");

    // the figures come with the projects, in the same query: sums by project from public_project_funds (V24)
    private static final String COLUMNS = "SELECT p.id, p.code, p.year, p.name, p.status, m.planned, m.allocated,"
            + " m.disbursed, p.start_month, p.end_month FROM public_project p"
            + " JOIN public_project_funds m ON m.project_id = p.id";
    private static final String NEWEST_FIRST = " ORDER BY p.year DESC, p.code DESC LIMIT ?";

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource portal;

    /** The newest {@code limit} public projects located in the natural village. */
    public List<PublicProject> locatedIn(String naturalVillageCode, int limit) {
        return read(COLUMNS + " JOIN public_project_natural_village nv ON nv.project_id = p.id"
                + " WHERE nv.natural_village_code = ?" + NEWEST_FIRST, naturalVillageCode, limit);
    }

    /** The newest {@code limit} public projects of the administrative village (all its natural villages). */
    public List<PublicProject> ofVillage(String villageCode, int limit) {
        return read(COLUMNS + " WHERE p.village_code = ?" + NEWEST_FIRST, villageCode, limit);
    }

    private List<PublicProject> read(String sql, String code, int limit) {
        try (Connection c = portal.getConnection()) {
            Map<Long, PublicProject> projects = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, code);
                s.setInt(2, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        projects.put(rs.getLong(1), new PublicProject(rs.getLong(1), rs.getString(2), rs.getInt(3),
                                rs.getString(4), rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
                                rs.getBigDecimal(8), rs.getString(9), rs.getString(10), List.of()));
                    }
                }
            }
            return projects.isEmpty() ? List.of() : withNotices(c, projects);
        } catch (SQLException e) {
            throw new IllegalStateException("portal database read failed", e);
        }
    }

    /** Every listed project's published notices, oldest first, in one query. */
    private static List<PublicProject> withNotices(Connection c, Map<Long, PublicProject> projects) throws SQLException {
        Map<String, List<PublicProject.Notice>> bySubject = SubjectNotices.of(c, PROJECT_NOTICE_TYPES,
                projects.keySet());
        List<PublicProject> filled = new ArrayList<>(projects.size());
        projects.values().forEach(p -> filled.add(p.withNotices(bySubject.get(String.valueOf(p.id())))));
        return filled;
    }
}
