package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.LoopbackClient;
import cn.sunledger.it.support.TestServer;
import cn.sunledger.it.support.TestUsers;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * HTTP Basic with a cache of verified passwords: a wrong password is a 401 problem document (never the login
 * page), and what was verified before a password change or a disable no longer opens anything. Wrong passwords
 * are sent from addresses of their own (127.0.0.6 …), so that the sign-in throttle never holds back the other
 * tests, which all come from 127.0.0.1.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BasicCredentialsIT {

    private static final String ME = "/ledger/api/me";

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("basic-credentials-probe");
    }

    @Test
    void aWrongBasicPasswordGets401ProblemJsonEvenOnAPage() {
        LoopbackClient client = LoopbackClient.from("127.0.0.6");
        for (String path : new String[] {ME, "/ledger/projects.xhtml"}) {
            LoopbackClient.Response wrong = client.basicGet(path, "yangbi.rural", "not-the-password");
            assertEquals(401, wrong.status(), wrong.body());
            assertTrue(wrong.header("Content-Type").startsWith("application/problem+json"), wrong.headers().toString());
            assertTrue(wrong.body().contains("\"status\":401"), wrong.body());
            assertTrue(wrong.body().contains("用户名或密码错误"), wrong.body());
            assertTrue(wrong.header("WWW-Authenticate").startsWith("Basic"));
            assertFalse(wrong.body().contains("j_security_check"), "not the login page");
        }
        LoopbackClient.Response english = LoopbackClient.from("127.0.0.7").basicGet(ME, "yangbi.rural",
                "not-the-password", Map.of("Accept-Language", "en"));
        assertTrue(english.body().contains("\"title\":\"Not signed in\""), english.body());
    }

    @Test
    void theOldPasswordStopsWorkingTheMomentItIsChanged() {
        TestUsers.createClerk("basic.changed", "Old#Pass2026");
        Http old = Http.withPassword("basic.changed", "Old#Pass2026");
        assertEquals(200, old.get(ME).statusCode());
        assertEquals(200, old.get(ME).statusCode(), "verified once, remembered");
        TestUsers.changePassword("basic.changed", "New#Pass2026");
        LoopbackClient.Response refused = LoopbackClient.from("127.0.0.8").basicGet(ME, "basic.changed", "Old#Pass2026");
        assertEquals(401, refused.status());
        assertTrue(refused.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(200, Http.withPassword("basic.changed", "New#Pass2026").get(ME).statusCode());
    }

    @Test
    void aDisabledUsersRememberedPasswordOpensNothing() {
        TestUsers.createClerk("basic.disabled", "Disabled#2026");
        Http user = Http.withPassword("basic.disabled", "Disabled#2026");
        assertEquals(200, user.get(ME).statusCode());
        TestUsers.disable("basic.disabled");
        assertEquals(401, LoopbackClient.from("127.0.0.9").basicGet(ME, "basic.disabled", "Disabled#2026").status());
    }
}
