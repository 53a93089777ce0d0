package cn.sunledger.ledger.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one source of "now" for the ledger: the system clock in the business time zone. Everything that needs
 * the time injects {@link Clock} (usually through {@link BusinessClock}), so a test deployment can replace this
 * producer with an alternative and move time forward instead of waiting for a notice period to run out.
 */
@ApplicationScoped
public class SystemClock {

    /** The ledger's business time zone: county bureaus keep Beijing time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @Dependent
    Clock clock() {
        return Clock.system(ZONE);
    }
}
