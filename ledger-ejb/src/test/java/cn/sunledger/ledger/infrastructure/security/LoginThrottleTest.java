package cn.sunledger.ledger.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void aFewFailuresAreFreeThenTheWaitDoublesForThatAddressOnly() {
        for (int i = 0; i < LoginThrottle.FREE_PER_ACCOUNT - 1; i++) {
            throttle.failed("admin", "10.0.0.9");
        }
        assertEquals(Optional.empty(), throttle.retryAfter("admin", "10.0.0.9"));
        throttle.failed("admin", "10.0.0.9");
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.retryAfter("admin", "10.0.0.9"));
        throttle.failed("admin", "10.0.0.9");
        assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.retryAfter("admin", "10.0.0.9"));
        assertEquals(Optional.empty(), throttle.retryAfter("admin", "10.0.0.1"), "another address is never held back");
        assertEquals(Optional.empty(), throttle.retryAfter("ADMIN ", "10.0.0.1"));
        assertTrue(throttle.retryAfter("Admin", "10.0.0.9").isPresent(), "the account is matched as the database does");
        clock.advance(Duration.ofSeconds(2));
        assertEquals(Optional.empty(), throttle.retryAfter("admin", "10.0.0.9"), "the wait runs out");
    }

    @Test
    void theWaitIsCappedAtFifteenMinutes() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("admin", "10.0.0.9");
        }
        assertEquals(Optional.of(LoginThrottle.MAX_WAIT), throttle.retryAfter("admin", "10.0.0.9"));
    }

    @Test
    void anAddressGuessingManyAccountsWaitsForAllOfThem() {
        for (int i = 0; i < LoginThrottle.FREE_PER_ADDRESS; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }
        assertTrue(throttle.retryAfter("someone.else", "10.0.0.9").isPresent());
        assertEquals(Optional.empty(), throttle.retryAfter("someone.else", "10.0.0.8"));
    }

    @Test
    void aRightPasswordForgetsTheAccountsFailuresFromThatAddress() {
        throttle.failed("clerk", "10.0.0.9");
        throttle.failed("clerk", "10.0.0.9");
        throttle.succeeded("clerk", "10.0.0.9");
        throttle.failed("clerk", "10.0.0.9");
        throttle.failed("clerk", "10.0.0.9");
        assertEquals(Optional.empty(), throttle.retryAfter("clerk", "10.0.0.9"));
    }

    @Test
    void administratorsSeeAndClearAnAccountsState() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("clerk", "10.0.0.9");
        }
        clock.advance(Duration.ofMillis(100));
        throttle.failed("clerk", "10.0.0.7");
        var state = throttle.of("clerk");
        assertEquals(2, state.size());
        assertEquals("10.0.0.7", state.get(0).address(), "most recent first");
        assertEquals(5, state.get(1).failures());
        assertTrue(state.get(1).waitLeft().compareTo(Duration.ZERO) > 0);
        throttle.clear("clerk");
        assertTrue(throttle.of("clerk").isEmpty());
        assertEquals(Optional.empty(), throttle.retryAfter("clerk", "10.0.0.9"));
    }

    @Test
    void oldFailuresAreForgotten() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("clerk", "10.0.0.9");
        }
        clock.advance(LoginThrottle.FORGET_AFTER.plusSeconds(2));
        assertTrue(throttle.of("clerk").isEmpty());
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T02:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
