package cn.sunledger.portal.read;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.ZoneId;

/**
 * Today and now in Beijing time, for what depends on them (days left in a notice period, a feed's time). The portal is its own
 * deployment without the ledger's classes, so it keeps this one small clock of its own.
 */
@ApplicationScoped
public class PortalClock {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final Clock clock = Clock.system(ZONE);

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Now in Beijing time, to the second (a feed's updated time). */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
