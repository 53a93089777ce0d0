package cn.sunledger.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

/** Village clerks of 光明村 made for one test through the admin API, whose password and status a test changes. */
public final class TestUsers {

    private static final String VILLAGE = "532922101201";

    private TestUsers() {
    }

    public static void createClerk(String username, String password) {
        HttpResponse<String> created = Http.as("admin").send("POST", "/ledger/api/users", "application/json",
                "{\"username\": \"" + username + "\", \"displayName\": \"登录测试员\", \"role\": \"VILLAGE_CLERK\","
                        + " \"regionCode\": \"" + VILLAGE + "\", \"password\": \"" + password + "\"}");
        assertEquals(201, created.statusCode(), created.body());
    }

    public static void changePassword(String username, String newPassword) {
        update(username, ", \"password\": \"" + newPassword + "\"");
    }

    public static void disable(String username) {
        update(username, ", \"enabled\": false");
    }

    private static void update(String username, String extra) {
        HttpResponse<String> updated = Http.as("admin").send("PUT", "/ledger/api/users/" + username, "application/json",
                "{\"displayName\": \"登录测试员\", \"role\": \"VILLAGE_CLERK\", \"regionCode\": \"" + VILLAGE + "\"" + extra + "}");
        assertEquals(200, updated.statusCode(), updated.body());
    }
}
