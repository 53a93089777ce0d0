package cn.sunledger.ledger.application.internal.fund;

import cn.sunledger.tlog.CanonicalJson;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** An entry's particulars (文号, payee, voucher number) as stored: canonical JSON of a string map. */
final class Particulars {

    private Particulars() {
    }

    static String write(SortedMap<String, String> particulars) {
        return CanonicalJson.write(new LinkedHashMap<String, Object>(particulars));
    }

    static SortedMap<String, String> read(String json) {
        SortedMap<String, String> out = new TreeMap<>();
        if (json == null || json.isEmpty()) {
            return out;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            for (Map.Entry<String, ?> e : object.entrySet()) {
                out.put(e.getKey(), object.getString(e.getKey()));
            }
        }
        return out;
    }
}
