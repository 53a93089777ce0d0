package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.PlaintextSearch;
import cn.sunledger.it.support.TestServer;
import cn.sunledger.ledger.domain.model.household.HouseholdCategory;
import cn.sunledger.ledger.domain.model.shared.PersonalDataMasker;
import cn.sunledger.ledger.infrastructure.persistence.migration.DemoHouseholdCatalog;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo's households (issue 12 item 5): 光明村's 36 invented households, registered through the real register, are
 * listed with masked ID numbers and phones only, in a mix of categories with one household taken into monitoring; and
 * no table of the database nor the server log holds any of the demo's ID numbers or phones in plain text.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoHouseholdsIT {

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("demo-households-probe");
    }

    @Test
    void theDemoVillageHasItsInventedHouseholdsMaskedInAMixOfCategories() {
        Http clerk = Http.as("guangming.clerk");
        Map<String, JsonObject> demo = new HashMap<>();
        // every page of the village's register (other tests register households in 光明村 too)
        for (int page = 0; ; page++) {
            HttpResponse<String> listed = clerk.get("/ledger/api/households?region=" + DemoHouseholdCatalog.VILLAGE
                    + "&size=200&page=" + page);
            assertEquals(200, listed.statusCode(), listed.body());
            for (String secret : DemoHouseholdCatalog.secrets()) {
                assertFalse(listed.body().contains(secret), "the list shows no whole ID number or phone");
            }
            List<JsonObject> items = Http.json(listed).getJsonArray("items").getValuesAs(JsonObject.class);
            items.stream().filter(h -> h.getString("headName").endsWith("（演示）"))
                    .forEach(h -> demo.put(h.getString("headName"), h));
            if (items.size() < 200) {
                break;
            }
        }
        assertEquals(DemoHouseholdCatalog.HOUSEHOLDS.stream().map(DemoHouseholdCatalog.DemoHousehold::headName)
                .collect(Collectors.toSet()), demo.keySet(), "the demo's households, each marked 演示");

        Map<String, Long> categories = demo.values().stream()
                .collect(Collectors.groupingBy(h -> h.getString("category"), Collectors.counting()));
        assertEquals(Map.of("ALLEVIATED", 12L, "MONITORED_UNSTABLE", 3L, "MONITORED_MARGINAL", 3L,
                "MONITORED_SUDDEN", 3L, "ORDINARY", 15L), categories, "脱贫户, the three kinds of 监测户, 一般农户");
        assertEquals(Set.of("532922101201001", "532922101201002", "532922101201003"), demo.values().stream()
                .map(h -> h.getString("naturalVillageCode")).collect(Collectors.toSet()), "over its natural villages");

        for (DemoHouseholdCatalog.DemoHousehold h : DemoHouseholdCatalog.HOUSEHOLDS) {
            JsonObject shown = demo.get(h.headName());
            assertEquals(PersonalDataMasker.maskIdNumber(h.idNumber()), shown.getString("idNumber"), h.headName());
            if (h.phone() == null) {
                assertEquals(null, shown.getString("phone", null), shown.toString());
            } else {
                assertEquals(PersonalDataMasker.maskPhone(h.phone()), shown.getString("phone"), h.headName());
            }
            assertEquals(h.members(), shown.getInt("members"));
        }

        DemoHouseholdCatalog.DemoHousehold changed = DemoHouseholdCatalog.HOUSEHOLDS
                .get(DemoHouseholdCatalog.NEWLY_MONITORED);
        JsonObject household = Http.json(clerk.get("/ledger/api/households/"
                + demo.get(changed.headName()).getJsonNumber("id")));
        List<JsonObject> history = household.getJsonArray("categoryHistory").getValuesAs(JsonObject.class);
        assertEquals(2, history.size(), history.toString());
        assertEquals(Set.of(HouseholdCategory.ORDINARY.name(), HouseholdCategory.MONITORED_SUDDEN.name()),
                history.stream().map(e -> e.getString("category")).collect(Collectors.toSet()),
                "registered as 一般农户, then taken into monitoring: " + history);
        assertEquals("MONITORED_SUDDEN", household.getString("category"));
        assertTrue(history.stream().anyMatch(e -> e.getString("reason", "").contains("纳入监测")), history.toString());
    }

    @Test
    void noTableOfTheDatabaseNorTheServerLogHoldsADemoIdNumberOrPhoneInPlainText() throws Exception {
        List<String> secrets = DemoHouseholdCatalog.secrets();
        assertEquals(36 + 24, secrets.size(), "36 ID numbers and 24 phones");
        PlaintextSearch.Found found = PlaintextSearch.inDatabase(secrets);
        assertTrue(found.tables() > 40, "every table was read: " + found.tables());
        assertEquals(List.of(), found.cells(), "plaintext personal data of the demo in the database");
        assertEquals(List.of(), PlaintextSearch.inServerLog(secrets), "the server log holds a demo ID number or phone");
    }
}
