package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.TestServer;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deployed public portal: read-only pages from the portal's own datasource. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalIT {

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("portal-probe");
    }

    @Test
    void homeListsThePrefectureAndItsTwelveCounties() {
        HttpResponse<String> home = Http.anonymous().get("/portal/");
        assertEquals(200, home.statusCode());
        assertTrue(home.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = home.body();
        assertTrue(html.contains("<html lang=\"zh-CN\">"));
        assertTrue(html.contains("大理白族自治州"));
        for (String county : new String[] {"大理市", "漾濞彝族自治县", "祥云县", "宾川县", "弥渡县", "南涧彝族自治县",
                "巍山彝族回族自治县", "永平县", "云龙县", "洱源县", "剑川县", "鹤庆县"}) {
            assertTrue(html.contains(county), county);
        }
    }

    @Test
    void aNaturalVillageHasItsOwnPageWithItsPlaceInTheTree() {
        HttpResponse<String> page = Http.anonymous().get("/portal/regions/532922101201001");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<h1>光明上组"));
        assertTrue(page.body().contains("href=\"/portal/regions/532922101201\""), "breadcrumb to its village");
        assertEquals(404, Http.anonymous().get("/portal/regions/532922999999").statusCode());
        assertEquals(404, Http.anonymous().get("/portal/regions/not-a-code").statusCode());
    }

    @ParameterizedTest
    @CsvSource({"POST,/portal/", "PUT,/portal/regions/532922000000", "DELETE,/portal/regions/532922000000",
            "PATCH,/portal/", "POST,/portal/no/such/path"})
    void writesAreMethodNotAllowedAnywhere(String method, String path) {
        HttpResponse<String> response = Http.anonymous().send(method, path, "application/json", "{}");
        assertEquals(405, response.statusCode(), method + " " + path);
        assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElse(""));
        assertEquals(405, Http.anonymous().sendNoBody("DELETE", path).statusCode());
    }
}
