package cn.sunledger.ledger.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** Business dates and times (Asia/Shanghai) read from the injected {@link Clock}. */
@ApplicationScoped
public class BusinessClock {

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(SystemClock.ZONE));
    }

    /** To the second: the transparency log's leaves and published notices carry seconds. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(SystemClock.ZONE)).truncatedTo(ChronoUnit.SECONDS);
    }

    /** To the millisecond, for records ordered within a second (project transitions). */
    public LocalDateTime preciseNow() {
        return LocalDateTime.now(clock.withZone(SystemClock.ZONE)).truncatedTo(ChronoUnit.MILLIS);
    }
}
