package cn.sunledger.portal.read;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today in Beijing time, for what depends on the date (days left in a notice period). The portal is its own
 * deployment without the ledger's classes, so it keeps this one small clock of its own.
 */
@ApplicationScoped
public class PortalClock {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final Clock clock = Clock.system(ZONE);

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
