package cn.sunledger.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the ledger database answers (reported on the management port's /health/ready). */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "java:jboss/datasources/LedgerDS")
    DataSource ledger;

    @Override
    public HealthCheckResponse call() {
        try (Connection c = ledger.getConnection()) {
            return HealthCheckResponse.named("ledger-database").status(c.isValid(2)).build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("ledger-database").down().withData("error", e.getMessage()).build();
        }
    }
}
