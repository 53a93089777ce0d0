package cn.sunledger.ledger.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BcryptPasswordHasherTest {

    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher();

    @Test
    void hashesInModularCryptFormThatVerifiesOnlyTheRightPassword() {
        String hash = hasher.hash("Demo#2026".toCharArray());
        assertTrue(hash.startsWith("$2a$10$"), hash);
        assertTrue(hasher.verify(hash, "Demo#2026".toCharArray()));
        assertFalse(hasher.verify(hash, "Demo#2027".toCharArray()));
        assertNotEquals(hash, hasher.hash("Demo#2026".toCharArray()), "a fresh salt every time");
    }
}
