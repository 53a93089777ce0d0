package cn.sunledger.it;

import static cn.sunledger.it.StaffApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.BoardPostings;
import cn.sunledger.it.support.DemoLogins;
import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.StaffSession;
import cn.sunledger.it.support.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a page on another site can do with a signed-in staff member's browser: nothing. Cross-site writes with
 * the session cookie are refused before they run, the cookie is HttpOnly and SameSite=Lax, session ids never
 * appear in URLs, the staff UI cannot be framed and sends a CSP, and the login form refuses cross-site posts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionHardeningIT {

    private static final String[] CROSS_SITE = {"Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site"};
    private static final String[] OLD_BROWSER_CROSS_SITE = {"Origin", "https://evil.example"};
    private static final String VILLAGE = "532922101201";

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("session-hardening-probe");
    }

    @Test
    void aCrossSiteMultipartRegionImportWithAnAdminsSessionIsRefusedAndChangesNothing() {
        String before = regionName(VILLAGE);
        StaffSession admin = StaffSession.signIn("admin");
        String rename = "code,name,level,parentCode\n" + VILLAGE + ",被篡改村,VILLAGE,532922101000\n";
        for (String[] headers : new String[][] {CROSS_SITE, OLD_BROWSER_CROSS_SITE, {}}) {
            HttpResponse<String> refused = importCsv(admin, rename, headers);
            assertProblem(refused, 403);
            assertEquals(before, regionName(VILLAGE), "nothing stored for " + String.join(" ", headers));
        }

        String township = "code,name,level,parentCode\n532925103000,弥渡同源测试镇,TOWNSHIP,532925000000\n";
        HttpResponse<String> sameOrigin = importCsv(admin, township, StaffSession.SAME_ORIGIN);
        assertEquals(200, sameOrigin.statusCode(), sameOrigin.body());
        assertEquals("弥渡同源测试镇", regionName("532925103000"));
        HttpResponse<String> originOnly = importCsv(admin, township.replace("同源", "同源二"), "Origin", TestServer.BASE);
        assertEquals(200, originOnly.statusCode(), "a browser without Sec-Fetch-Site proves its origin by Origin");
    }

    @Test
    void aCrossSitePostingWithAClerksSessionIsRefusedAndNotRecorded() {
        JsonObject notice = Http.json(Http.as("guangming.clerk").get("/ledger/api/notices?status=PUBLISHED"))
                .getJsonArray("items").getJsonObject(0);
        String postings = "/ledger/api/notices/" + notice.getInt("id") + "/postings";
        int before = count(postings);
        StaffSession clerk = StaffSession.signIn("guangming.clerk");
        String boundary = BoardPostings.boundary();
        byte[] body = BoardPostings.multipart(boundary, VILLAGE + "001",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), BoardPostings.png());
        HttpResponse<String> refused = clerk.send("POST", postings, "multipart/form-data; boundary=" + boundary, body,
                CROSS_SITE);
        assertProblem(refused, 403);
        assertEquals(before, count(postings), "no posting recorded");

        HttpResponse<String> recorded = clerk.send("POST", postings, "multipart/form-data; boundary=" + boundary, body,
                StaffSession.SAME_ORIGIN);
        assertEquals(201, recorded.statusCode(), recorded.body());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndNotSecureOverPlainHttp() {
        HttpResponse<String> login = StaffSession.postLogin("admin", DemoLogins.password("admin"), StaffSession.SAME_ORIGIN);
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError(login.headers().map().toString()));
        String flags = cookie.toLowerCase();
        assertTrue(flags.contains("httponly"), cookie);
        assertTrue(flags.contains("samesite=lax"), cookie);
        assertFalse(flags.contains("secure"), "Secure is for HTTPS only: " + cookie);
    }

    @Test
    void sessionIdsNeverTravelInUrls() {
        HttpResponse<String> first = Http.anonymous().get("/ledger/login.xhtml");
        assertEquals(200, first.statusCode());
        assertFalse(first.body().toLowerCase().contains("jsessionid"), "a first visit gets no ;jsessionid= links");
        HttpResponse<String> protectedPage = Http.anonymous().get("/ledger/projects.xhtml");
        assertEquals(302, protectedPage.statusCode());
        assertFalse(protectedPage.headers().firstValue("Location").orElse("").toLowerCase().contains("jsessionid"));
        StaffSession admin = StaffSession.signIn("admin");
        HttpResponse<String> page = admin.get("/ledger/users.xhtml");
        assertEquals(200, page.statusCode());
        assertFalse(page.body().toLowerCase().contains("jsessionid"));
    }

    @Test
    void theStaffUiCannotBeFramedAndSendsAContentSecurityPolicy() {
        for (HttpResponse<String> page : java.util.List.of(Http.anonymous().get("/ledger/login.xhtml"),
                StaffSession.signIn("admin").get("/ledger/index.xhtml"), Http.as("admin").get("/ledger/api/me"))) {
            assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(null), page.uri().toString());
            String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'"), csp);
            assertTrue(csp.contains("default-src 'self'"), csp);
        }
        JsonObject notice = Http.json(Http.as("yangbi.rural").get("/ledger/api/notices?status=PUBLISHED"))
                .getJsonArray("items").getJsonObject(0);
        HttpResponse<String> preview = Http.as("yangbi.rural").get("/ledger/api/notices/" + notice.getInt("id")
                + "/preview?format=html");
        assertEquals(200, preview.statusCode(), preview.body());
        assertEquals("SAMEORIGIN", preview.headers().firstValue("X-Frame-Options").orElse(null),
                "notice.xhtml shows the preview in a frame of its own");
        assertTrue(preview.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'self'"));
    }

    @Test
    void aCrossSiteLoginPostIsRefusedAndSignsNobodyIn() {
        for (String[] headers : new String[][] {CROSS_SITE, OLD_BROWSER_CROSS_SITE,
                {"Origin", TestServer.BASE, "Sec-Fetch-Site", "same-site"}}) {
            HttpResponse<String> refused = StaffSession.postLogin("admin", DemoLogins.password("admin"), headers);
            assertEquals(403, refused.statusCode(), String.join(" ", headers));
            assertNull(StaffSession.sessionCookie(refused), "no session for " + String.join(" ", headers));
        }
        HttpResponse<String> sameOrigin = StaffSession.postLogin("admin", DemoLogins.password("admin"), StaffSession.SAME_ORIGIN);
        assertEquals(302, sameOrigin.statusCode());
        assertEquals("/ledger/", sameOrigin.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", ""));
    }

    private static HttpResponse<String> importCsv(StaffSession session, String csv, String... headers) {
        String boundary = BoardPostings.boundary();
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"regions.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return session.send("POST", "/ledger/api/regions/import", "multipart/form-data; boundary=" + boundary, body,
                headers);
    }

    private static int count(String postings) {
        try (JsonReader reader = Json.createReader(new StringReader(Http.as("guangming.clerk").get(postings).body()))) {
            return reader.readArray().size();
        }
    }

    private static String regionName(String code) {
        HttpResponse<String> region = Http.as("admin").get("/ledger/api/regions/" + code);
        assertEquals(200, region.statusCode(), region.body());
        return Http.json(region).getString("name");
    }
}
