package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /ledger/api/assets/warnings}: the literal path is not taken for an asset id, each warning carries its
 * kind and level with their Chinese labels and stays in the region asked for, and a region outside the caller's
 * scope or a malformed one is refused as a problem naming {@code region}. (Which assets warn is
 * AssetWarningsInContainerIT's subject.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssetWarningApiIT {

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("asset-warning-probe");
    }

    @Test
    void warningsAreLabelledAndStayInTheRegionAsked() {
        Http rural = Http.as("yangbi.rural");
        for (String region : List.of("", "?region=532922000000", "?region=532922101201")) {
            HttpResponse<String> r = rural.get("/ledger/api/assets/warnings" + region);
            assertEquals(200, r.statusCode(), r.body());
            String prefix = region.isEmpty() ? "532922" : region.substring(8).replaceAll("0+$", "");
            for (JsonObject w : array(r).getValuesAs(JsonObject.class)) {
                assertTrue(w.getString("placeCode").startsWith(prefix), region + " " + w);
                assertNotEquals(w.getString("kind"), w.getString("kindName"), w.toString());
                assertTrue(List.of("提示", "预警", "严重").contains(w.getString("levelName")), w.toString());
                assertEquals(w.getString("kind").equals("UNREGISTERED_PROJECT") ? "PROJECT" : "ASSET",
                        w.getString("subject"), w.toString());
            }
        }
    }

    @Test
    void aRegionOutsideTheCallersScopeOrAMalformedOneIsRefused() {
        HttpResponse<String> outside = Http.as("binchuan.finance").get("/ledger/api/assets/warnings?region=532922000000");
        assertEquals(403, outside.statusCode(), outside.body());
        assertTrue(outside.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        HttpResponse<String> malformed = Http.as("yangbi.rural").get("/ledger/api/assets/warnings?region=abc");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertEquals("region", Http.json(malformed).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(401, Http.anonymous().get("/ledger/api/assets/warnings").statusCode());
    }

    private static JsonArray array(HttpResponse<String> r) {
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readArray();
        }
    }
}
