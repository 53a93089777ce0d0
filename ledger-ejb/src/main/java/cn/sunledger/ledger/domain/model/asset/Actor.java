package cn.sunledger.ledger.domain.model.asset;

import cn.sunledger.ledger.domain.model.user.Role;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Who takes a step on an asset and when: the user, the name shown in the history, the role (which side of a
 * county approval it is), today's business date (no step may be dated after it) and the instant of recording.
 */
public record Actor(String username, String displayName, Role role, LocalDate today, LocalDateTime at) {

    public Actor {
        Objects.requireNonNull(username);
        Objects.requireNonNull(role);
        Objects.requireNonNull(today);
        Objects.requireNonNull(at);
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
    }
}
