package cn.sunledger.ledger.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AES-GCM sealing and the HMAC lookup hash, with fixed test keys. */
class PersonalDataKeysTest {

    private static final String ID = "532922198001011238";

    private static byte[] key(int fill) {
        byte[] k = new byte[32];
        Arrays.fill(k, (byte) fill);
        return k;
    }

    private static PersonalDataKeys keys() {
        return new PersonalDataKeys("k1", Map.of("k1", key(1)), key(9));
    }

    @Test
    void aSealedValueOpensAndHoldsNoPlaintext() {
        Sealed sealed = keys().seal("idNumber", ID);
        assertEquals("k1", sealed.keyId());
        // 12-byte nonce, 18 bytes of ciphertext, 16-byte tag
        assertEquals(12 + 18 + 16, sealed.bytes().length);
        assertFalse(new String(sealed.bytes(), StandardCharsets.ISO_8859_1).contains(ID.substring(6, 14)));
        assertEquals(ID, keys().open("idNumber", sealed));
    }

    @Test
    void everySealingTakesAFreshNonce() {
        Sealed a = keys().seal("idNumber", ID);
        Sealed b = keys().seal("idNumber", ID);
        assertFalse(Arrays.equals(Arrays.copyOf(a.bytes(), 12), Arrays.copyOf(b.bytes(), 12)));
        assertFalse(Arrays.equals(a.bytes(), b.bytes()));
    }

    @Test
    void anAlteredByteAnotherPurposeOrAnotherKeyDoesNotOpen() {
        Sealed sealed = keys().seal("idNumber", ID);
        for (int i = 0; i < sealed.bytes().length; i++) {
            byte[] tampered = sealed.bytes().clone();
            tampered[i] ^= 0x01;
            int at = i;
            assertThrows(IllegalStateException.class, () -> keys().open("idNumber", new Sealed("k1", tampered)),
                    "byte " + at);
        }
        assertThrows(IllegalStateException.class, () -> keys().open("phone", sealed));
        assertThrows(IllegalStateException.class, () -> keys().open("idNumber", new Sealed("k2", sealed.bytes())));
        PersonalDataKeys other = new PersonalDataKeys("k1", Map.of("k1", key(2)), key(9));
        assertThrows(IllegalStateException.class, () -> other.open("idNumber", sealed));
    }

    @Test
    void anOldKeyStillOpensWhatItSealedAfterANewOneBecomesActive() {
        Sealed old = keys().seal("phone", "13812345678");
        PersonalDataKeys rolled = new PersonalDataKeys("k2", Map.of("k1", key(1), "k2", key(3)), key(9));
        assertEquals("13812345678", rolled.open("phone", old));
        assertEquals("k2", rolled.seal("phone", "13812345678").keyId());
    }

    @Test
    void theLookupHashIsHmacSha256UnderItsOwnKey() {
        byte[] h1 = keys().lookupHash(ID);
        // the same HMAC computed independently (Python's hmac module, key 32 × 0x09)
        assertEquals("9bcc2cb7d33a273531f86cd3f62b6831d6253dd63d8c536d13d71341f71a4302", HexFormat.of().formatHex(h1));
        assertArrayEquals(h1, keys().lookupHash(ID));
        assertFalse(Arrays.equals(h1, keys().lookupHash("532922197505051239")));
        PersonalDataKeys otherHmac = new PersonalDataKeys("k1", Map.of("k1", key(1)), key(8));
        assertFalse(Arrays.equals(h1, otherHmac.lookupHash(ID)));
        assertFalse(HexFormat.of().formatHex(h1).contains(ID));
    }

    @Test
    void keysOfTheWrongSizeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PersonalDataKeys("k1", Map.of("k1", new byte[16]), key(9)));
        assertThrows(IllegalArgumentException.class, () -> new PersonalDataKeys("k1", Map.of("k1", key(1)), new byte[8]));
        assertThrows(IllegalArgumentException.class, () -> new PersonalDataKeys("k9", Map.of("k1", key(1)), key(9)));
    }

    @Test
    void theKeyFileIsReadAndItsFlawsAreNamedWithoutTheKeys(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("household-keys.properties");
        String aes = Base64.getEncoder().encodeToString(key(1));
        Files.writeString(file, "# test\naes.active=k1\naes.k1=" + aes + "\nhmac="
                + Base64.getEncoder().encodeToString(key(9)) + "\n");
        PersonalDataKeys read = PersonalDataKeyFile.read(file);
        assertEquals(ID, keys().open("idNumber", read.seal("idNumber", ID)));
        assertArrayEquals(keys().lookupHash(ID), read.lookupHash(ID));

        Files.writeString(file, "aes.active=k1\naes.k1=" + aes + "\n");
        IllegalStateException noHmac = assertThrows(IllegalStateException.class, () -> PersonalDataKeyFile.read(file));
        assertTrue(noHmac.getMessage().contains("hmac"), noHmac.getMessage());
        Files.writeString(file, "aes.active=k1\naes.k1=" + aes.substring(4) + "\nhmac=" + aes + "\n");
        IllegalStateException shortKey = assertThrows(IllegalStateException.class, () -> PersonalDataKeyFile.read(file));
        assertFalse(shortKey.getMessage().contains(aes.substring(4)), shortKey.getMessage());
        assertThrows(IllegalStateException.class, () -> PersonalDataKeyFile.read(dir.resolve("missing")));
    }
}
