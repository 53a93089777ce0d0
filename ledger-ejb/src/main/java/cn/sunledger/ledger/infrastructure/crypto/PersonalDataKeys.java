package cn.sunledger.ledger.infrastructure.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys that protect personal data at rest, and what is done with them: values (ID numbers, phones) sealed with
 * AES-256-GCM under the active key, a random 96-bit nonce per value, the purpose ("idNumber", "phone") as associated
 * data so that one field's ciphertext cannot be passed off as another's; and a keyed HMAC-SHA256 lookup hash of a
 * normalised ID number, which finds and de-duplicates people without decrypting anything and means nothing to
 * anyone without the key. Opening fails loudly on any altered byte (GCM's tag).
 */
public final class PersonalDataKeys {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String activeKeyId;
    private final Map<String, SecretKeySpec> aesKeys;
    private final SecretKeySpec hmacKey;

    /**
     * @param aesKeys    32-byte AES keys by id; the active one seals, every one opens what it sealed
     * @param hmacKey    at least 32 bytes
     */
    public PersonalDataKeys(String activeKeyId, Map<String, byte[]> aesKeys, byte[] hmacKey) {
        if (!aesKeys.containsKey(activeKeyId)) {
            throw new IllegalArgumentException("the active key " + activeKeyId + " is not among the keys");
        }
        aesKeys.forEach((id, key) -> {
            if (key.length != 32) {
                throw new IllegalArgumentException("AES key " + id + " has " + key.length + " bytes, not 32");
            }
        });
        if (hmacKey.length < 32) {
            throw new IllegalArgumentException("the HMAC key has fewer than 32 bytes");
        }
        this.activeKeyId = activeKeyId;
        this.aesKeys = Map.copyOf(aesKeys.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                Map.Entry::getKey, e -> new SecretKeySpec(e.getValue(), "AES"))));
        this.hmacKey = new SecretKeySpec(hmacKey, "HmacSHA256");
    }

    public Sealed seal(String purpose, String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, aesKeys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(purpose, activeKeyId));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return new Sealed(activeKeyId, out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * @throws IllegalStateException if the key is unknown or the value was altered (or sealed for another purpose)
     */
    public String open(String purpose, Sealed sealed) {
        SecretKeySpec key = aesKeys.get(sealed.keyId());
        if (key == null) {
            throw new IllegalStateException("no key " + sealed.keyId() + " in the key file");
        }
        byte[] b = sealed.bytes();
        if (b.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("a sealed value is too short");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, b, 0, NONCE_BYTES));
            cipher.updateAAD(aad(purpose, sealed.keyId()));
            return new String(cipher.doFinal(b, NONCE_BYTES, b.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed value does not open: altered, or sealed for another purpose", e);
        }
    }

    /** HMAC-SHA256 of the value (callers pass the normalised ID number). */
    public byte[] lookupHash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hmacKey);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static byte[] aad(String purpose, String keyId) {
        return ("sunledger/" + purpose + "/" + keyId).getBytes(StandardCharsets.UTF_8);
    }
}
