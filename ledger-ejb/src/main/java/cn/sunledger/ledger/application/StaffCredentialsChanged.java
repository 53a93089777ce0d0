package cn.sunledger.ledger.application;

/**
 * Fired by the staff directory when a user's password, role, region or enabled flag changed: what was
 * verified or signed in before no longer holds.
 */
public record StaffCredentialsChanged(String username) {
}
