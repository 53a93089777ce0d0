package cn.sunledger.ledger.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.ledger.infrastructure.security.VerifiedCredentials.VerifiedIdentity;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private final LoginThrottleTest.MutableClock clock = new LoginThrottleTest.MutableClock();
    private final VerifiedCredentials cache = new VerifiedCredentials(clock);
    private final VerifiedIdentity admin = new VerifiedIdentity("admin", "ADMIN", "stamp");

    @Test
    void onlyTheSamePasswordWithinTheTtlIsKnown() {
        cache.remember("admin", "Demo#2026".toCharArray(), admin, cache.generation());
        assertEquals(admin, cache.find("admin", "Demo#2026".toCharArray()).orElseThrow());
        assertEquals(admin, cache.find("Admin", "Demo#2026".toCharArray()).orElseThrow());
        assertTrue(cache.find("admin", "Demo#2027".toCharArray()).isEmpty());
        assertTrue(cache.find("other", "Demo#2026".toCharArray()).isEmpty());
        clock.advance(VerifiedCredentials.TTL.plus(Duration.ofMillis(1)));
        assertTrue(cache.find("admin", "Demo#2026".toCharArray()).isEmpty());
    }

    @Test
    void forgettingAUserDropsItAndACheckThatRanMeanwhileIsNotStored() {
        cache.remember("admin", "Demo#2026".toCharArray(), admin, cache.generation());
        cache.forget("admin");
        assertTrue(cache.find("admin", "Demo#2026".toCharArray()).isEmpty());

        long before = cache.generation();
        cache.forget("admin"); // the password changes while a check of the old one is running
        cache.remember("admin", "Demo#2026".toCharArray(), admin, before);
        assertTrue(cache.find("admin", "Demo#2026".toCharArray()).isEmpty());
    }
}
