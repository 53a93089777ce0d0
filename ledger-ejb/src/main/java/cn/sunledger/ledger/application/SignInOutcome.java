package cn.sunledger.ledger.application;

import java.time.Duration;
import java.util.Objects;

/**
 * What a sign-in attempt came to. {@code username}, {@code role} and {@code credentialStamp} are set when
 * signed in; {@code retryAfter} when throttled (rounded up to whole seconds, at least one).
 */
public record SignInOutcome(Result result, String username, String role, String credentialStamp, Duration retryAfter) {

    public enum Result { SIGNED_IN, REFUSED, THROTTLED }

    public SignInOutcome {
        Objects.requireNonNull(result);
    }

    public static SignInOutcome signedIn(String username, String role, String credentialStamp) {
        return new SignInOutcome(Result.SIGNED_IN, username, role, credentialStamp, null);
    }

    public static SignInOutcome refused() {
        return new SignInOutcome(Result.REFUSED, null, null, null, null);
    }

    public static SignInOutcome throttled(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new SignInOutcome(Result.THROTTLED, null, null, null, Duration.ofSeconds(seconds));
    }

    public boolean signedIn() {
        return result == Result.SIGNED_IN;
    }

    public long retryAfterSeconds() {
        return retryAfter == null ? 0 : retryAfter.toSeconds();
    }
}
