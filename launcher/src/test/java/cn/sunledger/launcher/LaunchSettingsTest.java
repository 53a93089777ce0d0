package cn.sunledger.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.launcher.LaunchSettings.Purpose;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchSettingsTest {

    private static final Path HOME = Path.of("/repo");

    @Test
    void runDefaultsToTheEmbeddedServerOnPort3406() {
        LaunchSettings s = LaunchSettings.from(Map.of(), HOME, Purpose.RUN);
        assertFalse(s.externalDatabase);
        assertEquals("127.0.0.1", s.dbHost);
        assertEquals(3406, s.dbPort);
        assertEquals("sunledger", s.database);
        assertEquals(Path.of("/repo/var/db"), s.embeddedDataDir());
        assertEquals(8080, s.httpPort);
        assertEquals(9990, s.managementPort);
        assertEquals("root", s.adminUser);
        assertEquals("", s.adminPassword);
    }

    @Test
    void thePublicAddressDefaultsToTheLocalPortalAndTakesTheSetting() {
        assertEquals("http://localhost:8181/portal",
                LaunchSettings.from(Map.of("SUNLEDGER_PORT", "8181"), HOME, Purpose.RUN).publicUrl);
        assertEquals("https://xczx.dali.example.gov.cn/portal", LaunchSettings.from(
                Map.of("SUNLEDGER_PUBLIC_URL", "https://xczx.dali.example.gov.cn/portal/"), HOME, Purpose.RUN).publicUrl);
        for (String bad : List.of("xczx.dali.example.gov.cn/portal", "ftp://x.example/portal", "https://x.example/p?q=1")) {
            LaunchException e = assertThrows(LaunchException.class,
                    () -> LaunchSettings.from(Map.of("SUNLEDGER_PUBLIC_URL", bad), HOME, Purpose.RUN));
            assertTrue(e.getMessage().contains("SUNLEDGER_PUBLIC_URL"), e.getMessage());
        }
    }

    @Test
    void testUsesItsOwnDatabasePortAndDataDirectory() {
        LaunchSettings s = LaunchSettings.from(Map.of(), HOME, Purpose.TEST);
        assertEquals(3407, s.dbPort);
        assertEquals("sunledger_test", s.database);
        assertEquals(Path.of("/repo/var/test-db"), s.embeddedDataDir());
    }

    @Test
    void anExternalHostDefaultsToPort3306() {
        LaunchSettings s = LaunchSettings.from(Map.of("MARIADB_HOST", "db.example"), HOME, Purpose.RUN);
        assertTrue(s.externalDatabase);
        assertEquals("db.example", s.dbHost);
        assertEquals(3306, s.dbPort);
    }

    @Test
    void theSchemaOwnerMustBeNeitherRuntimeUser() {
        LaunchException e = assertThrows(LaunchException.class, () -> LaunchSettings.from(
                Map.of("MARIADB_OWNER_USER", "sunledger"), HOME, Purpose.RUN));
        assertTrue(e.getMessage().contains("MARIADB_OWNER_USER"), e.getMessage());
    }

    @Test
    void theDatasourceEnvironmentHasExactlyTheContractNames() {
        Map<String, String> env = LaunchSettings.from(Map.of("SUNLEDGER_PORT", "8180"), HOME, Purpose.TEST)
                .datasourceEnvironment();
        assertEquals(List.of("MARIADB_HOST", "MARIADB_PORT", "MARIADB_DATABASE", "MARIADB_OWNER_USER",
                "MARIADB_OWNER_PASSWORD", "MARIADB_USER", "MARIADB_PASSWORD", "MARIADB_PORTAL_USER",
                "MARIADB_PORTAL_PASSWORD"), List.copyOf(env.keySet()));
        assertEquals("sunledger_owner", env.get("MARIADB_OWNER_USER"));
        assertEquals("3407", env.get("MARIADB_PORT"));
        assertEquals("sunledger_portal", env.get("MARIADB_PORTAL_USER"));
    }

    @Test
    void badValuesAreRefusedWithTheVariableName() {
        LaunchException port = assertThrows(LaunchException.class,
                () -> LaunchSettings.from(Map.of("MARIADB_PORT", "33o6"), HOME, Purpose.RUN));
        assertTrue(port.getMessage().contains("MARIADB_PORT"));
        LaunchException db = assertThrows(LaunchException.class,
                () -> LaunchSettings.from(Map.of("MARIADB_DATABASE", "x`; DROP"), HOME, Purpose.RUN));
        assertTrue(db.getMessage().contains("MARIADB_DATABASE"));
        assertThrows(LaunchException.class,
                () -> LaunchSettings.from(Map.of("MARIADB_PORTAL_USER", "sunledger"), HOME, Purpose.RUN));
    }

    @Test
    void freshRefusesADatabaseThatIsNotATestDatabase() {
        LaunchSettings s = LaunchSettings.from(Map.of("MARIADB_DATABASE", "sunledger"), HOME, Purpose.TEST);
        LaunchException e = assertThrows(LaunchException.class, () -> new DatabaseBootstrap(s).run(true, true));
        assertTrue(e.getMessage().startsWith("refusing --fresh"));
    }
}
