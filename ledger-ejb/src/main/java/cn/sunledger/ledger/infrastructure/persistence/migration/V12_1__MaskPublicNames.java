package cn.sunledger.ledger.infrastructure.persistence.migration;

import cn.sunledger.ledger.domain.model.shared.PersonalDataMasker;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Passes the names stored before V12 through the same masker the application now applies to every new one:
 * project.public_name (added by V12, what the portal shows of a project's name) and region.name (shown on every
 * portal page). In Java because the masker is: an SQL copy of its patterns could drift from it. The class name is
 * Flyway's version and description.
 */
public class V12_1__MaskPublicNames extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        mask(c, "SELECT id, name FROM project WHERE public_name IS NULL", "UPDATE project SET public_name = ? WHERE id = ?");
        mask(c, "SELECT code, name FROM region", "UPDATE region SET name = ? WHERE code = ?");
    }

    private static void mask(Connection c, String select, String update) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(select);
                PreparedStatement u = c.prepareStatement(update)) {
            int pending = 0;
            while (rs.next()) {
                u.setString(1, PersonalDataMasker.maskText(rs.getString(2)));
                u.setString(2, rs.getString(1));
                u.addBatch();
                if (++pending == 500) {
                    u.executeBatch();
                    pending = 0;
                }
            }
            u.executeBatch();
        }
    }
}
