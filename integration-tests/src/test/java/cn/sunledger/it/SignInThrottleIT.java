package cn.sunledger.it;

import static cn.sunledger.it.StaffApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.LoopbackClient;
import cn.sunledger.it.support.StaffSession;
import cn.sunledger.it.support.TestServer;
import cn.sunledger.it.support.TestUsers;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Password guessing is slowed down per account and client address, never by locking the account: the owner
 * signs in from another address while the guesser waits (429 + Retry-After). Client addresses are real: the
 * test binds its sockets to other loopback addresses, no forwarding header is trusted. Unknown users cost what
 * a wrong password costs; sessions end when their user's password changes or the user is disabled.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInThrottleIT {

    private static final String ME = "/ledger/api/me";

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("sign-in-throttle-probe");
    }

    @Test
    void twelveWrongPasswordsFromOneAddressDoNotKeepTheOwnerOutFromAnother() {
        TestUsers.createClerk("throttle.owner", "Owner#2026a");
        LoopbackClient guesser = LoopbackClient.from("127.0.0.2");
        List<Integer> statuses = new ArrayList<>();
        LoopbackClient.Response waiting = null;
        for (int i = 0; i < 12; i++) {
            LoopbackClient.Response response = guesser.basicGet(ME, "throttle.owner", "guess-" + i);
            statuses.add(response.status());
            waiting = response.status() == 429 && waiting == null ? response : waiting;
        }
        assertEquals(List.of(401, 401, 401, 429), statuses.subList(0, 4), "three free tries, then a wait: " + statuses);
        // each wait is twice the last, so on a slow machine a late guess may be checked (and refused) again
        assertTrue(statuses.stream().allMatch(s -> s == 401 || s == 429), statuses.toString());
        assertTrue(waiting.header("Content-Type").startsWith("application/problem+json"), waiting.headers().toString());
        assertTrue(Long.parseLong(waiting.header("Retry-After")) >= 1, waiting.headers().toString());
        assertTrue(waiting.body().contains("\"status\":429"), waiting.body());

        assertEquals(429, guesser.basicGet(ME, "throttle.owner", "Owner#2026a").status(),
                "the guessing address is not even checked while it waits");
        assertEquals(200, LoopbackClient.from("127.0.0.3").basicGet(ME, "throttle.owner", "Owner#2026a").status(),
                "the right password from another address is never refused");
        assertEquals(200, Http.withPassword("throttle.owner", "Owner#2026a").get(ME).statusCode());
        assertEquals(200, StaffSession.signIn("throttle.owner", "Owner#2026a").get(ME).statusCode(),
                "the login form too");
    }

    @Test
    void administratorsSeeAnAccountsThrottleAndClearIt() {
        TestUsers.createClerk("throttle.cleared", "Cleared#2026");
        LoopbackClient guesser = LoopbackClient.from("127.0.0.4");
        for (int i = 0; i < 5; i++) {
            guesser.basicGet(ME, "throttle.cleared", "guess-" + i);
        }
        String throttle = "/ledger/api/users/throttle.cleared/sign-in-throttle";
        JsonObject state = Http.json(Http.as("yangbi.admin").get(throttle));
        assertTrue(state.getBoolean("throttled"), state.toString());
        JsonObject address = state.getJsonArray("addresses").getJsonObject(0);
        assertEquals("127.0.0.4", address.getString("address"));
        assertEquals(3, address.getInt("failures"), "attempts refused while waiting are not counted");
        assertTrue(address.getString("waitUntil").endsWith("+08:00"), address.toString());

        assertProblem(Http.as("guangming.clerk").sendNoBody("DELETE", throttle), 403);
        assertEquals(204, Http.as("yangbi.admin").sendNoBody("DELETE", throttle).statusCode());
        assertFalse(Http.json(Http.as("yangbi.admin").get(throttle)).getBoolean("throttled"));
        assertEquals(200, guesser.basicGet(ME, "throttle.cleared", "Cleared#2026").status(),
                "cleared, the address may sign in at once");
    }

    @Test
    void theLoginPageSaysWhenToRetry() {
        TestUsers.createClerk("throttle.form", "FormUser#2026");
        LoopbackClient browser = LoopbackClient.from("127.0.0.5");
        String location = "";
        for (int i = 0; i < 4; i++) {
            LoopbackClient.Response refused = browser.formLogin("throttle.form", "guess-" + i);
            assertEquals(302, refused.status());
            location = refused.header("Location");
        }
        assertTrue(location.matches(".*/ledger/login\\.xhtml\\?retry=\\d+"), location);
        HttpResponse<String> page = Http.anonymous().inLanguage("zh-CN").get(location.replaceFirst("^https?://[^/]+", ""));
        assertTrue(page.body().contains("登录失败次数过多，请在"), page.body());
        assertTrue(page.body().contains("秒后"), page.body());
    }

    @Test
    void anUnknownUserTakesAboutAsLongAsAWrongPassword() {
        List<Long> wrongPassword = new ArrayList<>();
        List<Long> unknownUser = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            // a fresh address each time, so the throttle never answers instead of the password check
            wrongPassword.add(timed(LoopbackClient.from("127.0.1." + i), "admin"));
            unknownUser.add(timed(LoopbackClient.from("127.0.2." + i), "no.such.user" + i));
        }
        double ratio = (double) median(unknownUser) / median(wrongPassword);
        assertTrue(ratio > 0.5 && ratio < 2.0, "unknown " + unknownUser + " ms vs wrong password " + wrongPassword + " ms");
    }

    @Test
    void aSessionEndsWhenItsUsersPasswordChanges() {
        TestUsers.createClerk("session.password", "Before#2026");
        StaffSession session = StaffSession.signIn("session.password", "Before#2026");
        assertEquals(200, session.get(ME).statusCode());
        assertEquals(200, session.get("/ledger/index.xhtml").statusCode());
        TestUsers.changePassword("session.password", "After#2026x");
        HttpResponse<String> page = session.get("/ledger/index.xhtml");
        assertEquals(302, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElse("").endsWith("/ledger/login.xhtml?ended=true"),
                page.headers().map().toString());
        assertProblem(session.get(ME), 401);
    }

    @Test
    void aDisabledUsersOpenSessionIsSentToTheLoginPageNotA500() {
        TestUsers.createClerk("session.disabled", "Disabled#2026");
        StaffSession session = StaffSession.signIn("session.disabled", "Disabled#2026");
        assertEquals(200, session.get("/ledger/projects.xhtml").statusCode());
        TestUsers.disable("session.disabled");
        HttpResponse<String> page = session.get("/ledger/projects.xhtml");
        assertEquals(302, page.statusCode(), page.body());
        String login = page.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertEquals("/ledger/login.xhtml?ended=true", login);
        HttpResponse<String> loginPage = Http.anonymous().inLanguage("zh-CN").get(login);
        assertEquals(200, loginPage.statusCode());
        assertTrue(loginPage.body().contains("您的登录已失效"), loginPage.body());
        assertProblem(session.get(ME), 401);
        assertEquals(401, LoopbackClient.from("127.0.0.10").basicGet(ME, "session.disabled", "Disabled#2026").status(),
                "nor may the disabled user sign in again");
    }

    private static long timed(LoopbackClient client, String user) {
        long start = System.nanoTime();
        assertEquals(401, client.basicGet(ME, user, "definitely-wrong").status());
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
