package cn.sunledger.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HouseholdKeyFileTest {

    @Test
    void theFileIsCreatedOnceOwnerOnlyWithTwoRandomKeys(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys/household-keys.properties");
        assertTrue(HouseholdKeyFile.ensure(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        String active = p.getProperty("aes.active");
        byte[] aes = Base64.getDecoder().decode(p.getProperty("aes." + active));
        byte[] hmac = Base64.getDecoder().decode(p.getProperty("hmac"));
        assertEquals(32, aes.length);
        assertEquals(32, hmac.length);
        assertFalse(java.util.Arrays.equals(aes, hmac));

        String before = Files.readString(file);
        assertFalse(HouseholdKeyFile.ensure(file), "an existing key file is never replaced");
        assertEquals(before, Files.readString(file));
    }
}
