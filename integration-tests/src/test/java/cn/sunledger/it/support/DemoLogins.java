package cn.sunledger.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The demo passwords, read from docs/demo-users.csv, the list the README publishes. */
public final class DemoLogins {

    private static final Map<String, String> PASSWORDS = new LinkedHashMap<>();

    static {
        try {
            List<String> lines = Files.readAllLines(Path.of(System.getProperty("demo.users")), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    String[] cells = line.split(",");
                    PASSWORDS.put(cells[0], cells[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DemoLogins() {
    }

    /** Every demo user, in the list's order. */
    public static List<String> usernames() {
        return List.copyOf(PASSWORDS.keySet());
    }

    public static String password(String username) {
        String password = PASSWORDS.get(username);
        if (password == null) {
            throw new IllegalArgumentException("not a demo user: " + username);
        }
        return password;
    }
}
