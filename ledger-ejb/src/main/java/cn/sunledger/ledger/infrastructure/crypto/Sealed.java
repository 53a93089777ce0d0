package cn.sunledger.ledger.infrastructure.crypto;

/**
 * A value sealed with AES-256-GCM: the id of the key that sealed it, and nonce (12 bytes) ‖ ciphertext ‖ tag (16
 * bytes). The key id travels with the bytes so that a new key can be introduced while old values still open.
 */
public record Sealed(String keyId, byte[] bytes) {
}
