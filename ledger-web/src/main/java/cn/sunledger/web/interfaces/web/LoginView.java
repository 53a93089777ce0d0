package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.infrastructure.time.SystemClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

/**
 * What the login page says after a refused sign-in: how many seconds the browser's address must wait
 * ({@code ?retry=N}, set by the sign-in) and at what time that is. Anything but a sane number is ignored.
 */
@Named
@RequestScoped
public class LoginView {

    private static final long MAX_SECONDS = 24 * 3600;

    @Inject
    Clock clock;

    public Long getRetryAfter() {
        String retry = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("retry");
        if (retry == null || !retry.matches("\\d{1,6}")) {
            return null;
        }
        long seconds = Long.parseLong(retry);
        return seconds > 0 && seconds <= MAX_SECONDS ? seconds : null;
    }

    /** The time of day (Beijing time) when the wait is over. */
    public String getRetryAt() {
        Long seconds = getRetryAfter();
        return seconds == null ? null : DateTimeFormatter.ofPattern("HH:mm:ss")
                .format(clock.instant().plusSeconds(seconds).atZone(SystemClock.ZONE));
    }
}
