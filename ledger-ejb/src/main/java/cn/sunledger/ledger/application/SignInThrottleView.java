package cn.sunledger.ledger.application;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The failed sign-ins held against one user, per client address: how many, the last one, and until when that
 * address must wait ({@code waitUntil} null when it may try now). {@code throttled}: some address waits.
 */
public record SignInThrottleView(String username, boolean throttled, List<AddressFailures> addresses)
        implements Serializable {

    public record AddressFailures(String address, int failures, OffsetDateTime lastFailure, OffsetDateTime waitUntil)
            implements Serializable {
    }
}
