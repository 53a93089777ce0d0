package cn.sunledger.ledger.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server without its key file refuses with 503, and serves once the file is there (no restart). */
class HouseholdKeysTest {

    @AfterEach
    void clear() {
        System.clearProperty(HouseholdKeys.PROPERTY);
    }

    @Test
    void noKeyFileIsA503UntilOneIsConfigured(@TempDir Path dir) throws Exception {
        HouseholdKeys keys = new HouseholdKeys();
        System.clearProperty(HouseholdKeys.PROPERTY);
        assertEquals(LedgerException.Kind.UNAVAILABLE, assertThrows(LedgerException.class, keys::keys).kind());
        assertEquals(503, LedgerException.Kind.UNAVAILABLE.status());

        Path file = dir.resolve("household-keys.properties");
        System.setProperty(HouseholdKeys.PROPERTY, file.toString());
        assertEquals("household.keysUnavailable", assertThrows(LedgerException.class, keys::keys).messageKey());
        Files.writeString(file, "aes.active=k1\naes.k1=\n");
        assertEquals(LedgerException.Kind.UNAVAILABLE, assertThrows(LedgerException.class, keys::keys).kind());

        String key = Base64.getEncoder().encodeToString(new byte[32]);
        Files.writeString(file, "aes.active=k1\naes.k1=" + key + "\nhmac=" + key + "\n");
        PersonalDataKeys k = keys.keys();
        assertEquals("532922198001011238", k.open("idNumber", k.seal("idNumber", "532922198001011238")));
    }
}
