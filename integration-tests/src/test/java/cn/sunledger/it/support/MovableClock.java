package cn.sunledger.it.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock an in-container test moves forward: deployed only in a test archive, where it replaces the ledger's
 * system clock (an enabled alternative of higher priority), so a notice period can run out without waiting.
 * Only that test deployment sees it; the applications under test keep the real time.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class MovableClock {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static volatile Duration offset = Duration.ZERO;

    public static void reset() {
        offset = Duration.ZERO;
    }

    public static void advanceDays(long days) {
        offset = offset.plusDays(days);
    }

    @Produces
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZONE;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.offset(Clock.system(zone), offset);
            }

            @Override
            public Instant instant() {
                return Instant.now().plus(offset);
            }
        };
    }
}
