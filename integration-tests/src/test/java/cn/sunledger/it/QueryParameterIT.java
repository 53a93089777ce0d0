package cn.sunledger.it;

import static cn.sunledger.it.support.FieldProblems.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.PortalHttp;
import cn.sunledger.it.support.TestServer;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Query parameters of the wrong type, and negative pages and page sizes, are 400 problems naming the parameter on
 * both APIs (issue 9, item 6); JAX-RS alone answered a number it could not parse with 404 and took a negative
 * page size as the smallest page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QueryParameterIT {

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("query-parameter-probe");
    }

    private static HttpResponse<String> ledger(String user, String path) {
        return Http.as(user).get(path);
    }

    @Test
    void theLedgerRefusesNumbersThatAreNot() {
        assertRefused(ledger("yangbi.rural", "/ledger/api/projects?year=abc"), 400, "year");
        assertRefused(ledger("yangbi.rural", "/ledger/api/projects?year=2026.5"), 400, "year");
        assertRefused(ledger("yangbi.rural", "/ledger/api/projects?year=99999999999"), 400, "year");
        assertRefused(ledger("yangbi.rural", "/ledger/api/notices?year=20x6"), 400, "year");
        assertRefused(ledger("yangbi.rural", "/ledger/api/projects/pipeline?year=x"), 400, "year");
        assertEquals(200, ledger("yangbi.rural", "/ledger/api/projects?year=2026").statusCode());
    }

    @Test
    void theLedgerRefusesNegativePagesAndPageSizesOnEveryList() {
        assertRefused(ledger("yangbi.rural", "/ledger/api/projects?size=-1"), 400, "size");
        assertRefused(ledger("yangbi.rural", "/ledger/api/projects?page=-1"), 400, "page");
        assertRefused(ledger("yangbi.rural", "/ledger/api/notices?size=-5"), 400, "size");
        assertRefused(ledger("yangbi.rural", "/ledger/api/notices?page=-1"), 400, "page");
        assertRefused(ledger("admin", "/ledger/api/users?size=0"), 400, "size");
        assertRefused(ledger("admin", "/ledger/api/regions?size=-1"), 400, "size");
        assertRefused(ledger("admin", "/ledger/api/regions?page=x"), 400, "page");
        assertEquals(200, ledger("admin", "/ledger/api/users?page=0&size=1").statusCode());
    }

    @Test
    void theLedgerRefusesControlCharactersInTextParameters() {
        assertRefused(ledger("yangbi.rural", "/ledger/api/projects?category=%00"), 400, "category");
        assertRefused(ledger("yangbi.rural", "/ledger/api/notices?type=%E2%80%AEX"), 400, "type");
    }

    @Test
    void thePortalRefusesThemToo() {
        assertPortalRefused("/portal/api/notices?size=-1", "size");
        assertPortalRefused("/portal/api/notices?page=-1", "page");
        assertPortalRefused("/portal/api/notices?page=1.5", "page");
        assertPortalRefused("/portal/api/notices?year=abc", "year");
        assertPortalRefused("/portal/log/532922000000/entries?start=-1", "start");
        assertEquals(200, PortalHttp.get("/portal/api/notices?page=0&size=1").statusCode());
    }

    private static void assertPortalRefused(String path, String field) {
        HttpResponse<byte[]> response = PortalHttp.get(path);
        assertEquals(400, response.statusCode(), path);
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("")
                .split(";")[0], path);
        String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(true, body.contains("\"field\":\"" + field + "\""), body);
    }
}
