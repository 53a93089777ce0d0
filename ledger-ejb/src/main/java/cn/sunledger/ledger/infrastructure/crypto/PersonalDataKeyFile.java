package cn.sunledger.ledger.infrastructure.crypto;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Reads the key file (a Java properties file, written by the launcher for run and tests, by the operator in
 * production):
 * <pre>
 * aes.active=k1
 * aes.k1=&lt;base64 of 32 random bytes&gt;
 * hmac=&lt;base64 of 32 random bytes&gt;
 * </pre>
 * More {@code aes.<id>} lines may be added to roll to a new key (set {@code aes.active} to it); the old ones must stay
 * as long as values sealed with them do. The HMAC key is never changed once households are registered: every
 * lookup hash depends on it.
 */
public final class PersonalDataKeyFile {

    private static final String ACTIVE = "aes.active";
    private static final String AES_PREFIX = "aes.";
    private static final String HMAC = "hmac";

    private PersonalDataKeyFile() {
    }

    /** @throws IllegalStateException naming what is wrong with the file (never a key) */
    public static PersonalDataKeys read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the key file " + file + ": " + e.getMessage(), e);
        }
        String active = p.getProperty(ACTIVE, "").strip();
        Map<String, byte[]> aes = new LinkedHashMap<>();
        for (String name : p.stringPropertyNames()) {
            if (name.startsWith(AES_PREFIX) && !name.equals(ACTIVE)) {
                aes.put(name.substring(AES_PREFIX.length()), decode(file, name, p.getProperty(name)));
            }
        }
        String hmac = p.getProperty(HMAC);
        if (active.isEmpty() || hmac == null) {
            throw new IllegalStateException("the key file " + file + " lacks " + ACTIVE + " or " + HMAC);
        }
        try {
            return new PersonalDataKeys(active, aes, decode(file, HMAC, hmac));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the key file " + file + " is not usable: " + e.getMessage(), e);
        }
    }

    private static byte[] decode(Path file, String name, String value) {
        try {
            return Base64.getDecoder().decode(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the key file " + file + ": " + name + " is not base64", e);
        }
    }
}
