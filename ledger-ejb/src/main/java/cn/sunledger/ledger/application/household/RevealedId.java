package cn.sunledger.ledger.application.household;

import java.time.LocalDateTime;

/** The whole ID number of a household's head, given to a role that needs it; the reveal is already recorded. */
public record RevealedId(long householdId, String idNumber, LocalDateTime revealedAt) {
}
