package cn.sunledger.ledger.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a few minutes, that a username and password were verified against their bcrypt hash, so an
 * API client that sends HTTP Basic on every call pays one bcrypt check per TTL instead of one per request.
 * What is kept is an HMAC-SHA-256 of the password under a key drawn at start (never the password, and
 * nothing that can be checked offline without that key), with the identity that was verified. The directory
 * forgets a user as soon as the password changes or the user is disabled; a check that began before the
 * change never stores its result afterwards ({@link #generation()}).
 */
@ApplicationScoped
public class VerifiedCredentials {

    static final Duration TTL = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    @Inject
    Clock clock;

    private final byte[] key = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    protected VerifiedCredentials() {
        new SecureRandom().nextBytes(key);
    }

    /** For unit tests. */
    VerifiedCredentials(Clock clock) {
        this();
        this.clock = clock;
    }

    /** The identity last verified with exactly this password, if that was less than the TTL ago. */
    public Optional<VerifiedIdentity> find(String username, char[] password) {
        Entry e = entries.get(normal(username));
        if (e == null || !clock.instant().isBefore(e.expires())) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(e.digest(), digest(username, password)) ? Optional.of(e.identity())
                : Optional.empty();
    }

    /** Take this before reading the user, and hand it to {@link #remember}. */
    public long generation() {
        return generation.get();
    }

    public void remember(String username, char[] password, VerifiedIdentity identity, long readAt) {
        if (entries.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            entries.values().removeIf(e -> !now.isBefore(e.expires()));
            if (entries.size() >= MAX_ENTRIES) {
                return;
            }
        }
        Entry entry = new Entry(digest(username, password), clock.instant().plus(TTL), identity);
        entries.put(normal(username), entry);
        if (generation.get() != readAt) {
            // the user changed while this check ran: what it verified may be the old password
            entries.remove(normal(username), entry);
        }
    }

    public void forget(String username) {
        generation.incrementAndGet();
        entries.remove(normal(username));
    }

    private byte[] digest(String username, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(normal(username).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            byte[] raw = new byte[bytes.remaining()];
            bytes.get(raw);
            byte[] result = mac.doFinal(raw);
            Arrays.fill(raw, (byte) 0);
            return result;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String normal(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    /** Who was verified: the user's name as stored, role and the stamp of the password hash checked. */
    public record VerifiedIdentity(String username, String role, String credentialStamp) {
    }

    private record Entry(byte[] digest, Instant expires, VerifiedIdentity identity) {
    }
}
