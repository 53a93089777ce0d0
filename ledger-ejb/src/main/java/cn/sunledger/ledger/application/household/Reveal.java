package cn.sunledger.ledger.application.household;

import cn.sunledger.ledger.domain.model.user.Role;
import java.time.LocalDateTime;

/** One recorded reveal of a household's whole ID number: when, by whom (display name and role), and why. */
public record Reveal(LocalDateTime at, String actorName, Role role, String reason) {
}
