package cn.sunledger.ledger.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing without letting anyone lock an account: failures are counted per account
 * <em>from one client address</em> and per client address (over all accounts), and after a few free
 * failures each further failure doubles the wait before that address may try again (1 s, 2 s, 4 s … at most
 * 15 minutes). An address that has never failed is never held back, so the owner of an account can always
 * sign in from their own machine while someone else hammers it. Attempts refused while waiting are not
 * counted, so an attacker cannot extend the wait of anyone but themselves. In memory: a restart forgets.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Wrong passwords one address may give for one account before it has to wait. */
    static final int FREE_PER_ACCOUNT = 3;
    /** Wrong passwords one address may give over all accounts (an office behind one NAT address). */
    static final int FREE_PER_ADDRESS = 10;
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    /** A counter is forgotten this long after its wait ended. */
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    private static final int SWEEP_ABOVE = 10_000;
    private static final int MAX_ACCOUNT_LENGTH = 64;

    @Inject
    Clock clock;

    private final Map<Key, Failures> failures = new ConcurrentHashMap<>();

    protected LoginThrottle() {
    }

    /** For unit tests: a throttle on a given clock. */
    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code address} must wait before it may try {@code account} again; empty if it may now. */
    public Optional<Duration> retryAfter(String account, String address) {
        Instant now = clock.instant();
        Duration wait = max(waitOf(Key.of(account, address), FREE_PER_ACCOUNT, now),
                waitOf(Key.ofAddress(address), FREE_PER_ADDRESS, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String account, String address) {
        Instant now = clock.instant();
        if (failures.size() > SWEEP_ABOVE) {
            failures.entrySet().removeIf(e -> e.getValue().forgotten(e.getKey().free(), now));
        }
        failures.merge(Key.of(account, address), new Failures(1, now), (a, b) -> a.plusOne(now));
        failures.merge(Key.ofAddress(address), new Failures(1, now), (a, b) -> a.plusOne(now));
    }

    /** A right password from this address forgets its failures for the account (not those of the address). */
    public void succeeded(String account, String address) {
        failures.remove(Key.of(account, address));
    }

    /** Every address that failed for {@code account} and has not been forgotten, most recent first. */
    public List<AddressFailures> of(String account) {
        Instant now = clock.instant();
        String normal = Key.normal(account);
        List<AddressFailures> found = new ArrayList<>();
        failures.forEach((key, f) -> {
            if (normal.equals(key.account()) && !f.forgotten(FREE_PER_ACCOUNT, now)) {
                Duration wait = max(f.waitAt(FREE_PER_ACCOUNT, now),
                        waitOf(Key.ofAddress(key.address()), FREE_PER_ADDRESS, now));
                found.add(new AddressFailures(key.address(), f.count(), f.last(), wait));
            }
        });
        found.sort(Comparator.comparing(AddressFailures::lastFailure).reversed());
        return found;
    }

    /**
     * Forgets the failures of {@code account} and those of every address it failed from: an administrator
     * clears the way for the user, who is most likely the one behind that address.
     */
    public void clear(String account) {
        for (AddressFailures a : of(account)) {
            failures.remove(Key.ofAddress(a.address()));
        }
        String normal = Key.normal(account);
        failures.keySet().removeIf(k -> normal.equals(k.account()));
    }

    private Duration waitOf(Key key, int free, Instant now) {
        Failures f = failures.get(key);
        return f == null ? Duration.ZERO : f.waitAt(free, now);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** One address's failures for one account, and how long it still waits (zero if not). */
    public record AddressFailures(String address, int failures, Instant lastFailure, Duration waitLeft) {
    }

    /** An account as typed (case-folded, as the database compares it) from an address; account null: any. */
    private record Key(String account, String address) {

        static Key of(String account, String address) {
            return new Key(normal(account), address);
        }

        static Key ofAddress(String address) {
            return new Key(null, address);
        }

        static String normal(String account) {
            String a = account == null ? "" : account.trim().toLowerCase(Locale.ROOT);
            return a.length() > MAX_ACCOUNT_LENGTH ? a.substring(0, MAX_ACCOUNT_LENGTH) : a;
        }

        int free() {
            return account == null ? FREE_PER_ADDRESS : FREE_PER_ACCOUNT;
        }
    }

    private record Failures(int count, Instant last) {

        Failures plusOne(Instant now) {
            return new Failures(count + 1, now);
        }

        /** Zero while under the free count; then 1 s doubled per further failure, from the last one. */
        Duration waitAt(int free, Instant now) {
            if (count < free) {
                return Duration.ZERO;
            }
            Duration left = Duration.between(now, last.plus(delay(free)));
            return left.isNegative() || left.isZero() ? Duration.ZERO : left;
        }

        Duration delay(int free) {
            int doublings = Math.min(count - free, 20);
            Duration d = Duration.ofSeconds(1L << doublings);
            return d.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : d;
        }

        boolean forgotten(int free, Instant now) {
            Duration delay = count < free ? Duration.ZERO : delay(free);
            return now.isAfter(last.plus(delay).plus(FORGET_AFTER));
        }
    }
}
