package cn.sunledger.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/** Assertions on problem documents (api.md): the status, the media type, and the field an error names. */
public final class FieldProblems {

    private FieldProblems() {
    }

    /** A problem with {@code status} and an error for {@code field}; returns that error's message. */
    public static String assertRefused(HttpResponse<String> response, int status, String field) {
        JsonObject problem = assertProblem(response, status);
        assertTrue(problem.containsKey("errors"), "errors[] in " + response.body());
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .filter(e -> field.equals(e.getString("field", null))).findFirst()
                .map(e -> {
                    assertFalse(e.getString("message").isBlank(), response.body());
                    return e.getString("message");
                })
                .orElseThrow(() -> new AssertionError("no error for " + field + " in " + response.body()));
    }

    /** A problem document with {@code status}; returns it. */
    public static JsonObject assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        JsonObject problem = Http.json(response);
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("detail", "").isBlank(), response.body());
        return problem;
    }
}
