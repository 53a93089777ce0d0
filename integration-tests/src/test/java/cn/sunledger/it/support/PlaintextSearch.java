package cn.sunledger.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Looks for plaintext secrets (ID numbers, phones) where they must never be: every row and column of every base table
 * of the test database, read as its owner — text columns as text, binary ones both as UTF-8 and byte for byte — and
 * the test server's server.log. A sealed value is random bytes, so finding a secret's digits means it was stored
 * unsealed.
 */
public final class PlaintextSearch {

    /** What a walk of the database found: the tables read, and "table.column" for each cell holding a secret. */
    public record Found(int tables, List<String> cells) {
    }

    private PlaintextSearch() {
    }

    public static Found inDatabase(Collection<String> secrets) throws SQLException {
        List<String> found = new ArrayList<>();
        int tables = 0;
        try (Connection c = TestDatabase.owner(); Statement s = c.createStatement();
                ResultSet t = s.executeQuery("SHOW FULL TABLES WHERE Table_type = 'BASE TABLE'")) {
            List<String> names = new ArrayList<>();
            while (t.next()) {
                names.add(t.getString(1));
            }
            for (String table : names) {
                tables++;
                try (Statement q = c.createStatement(); ResultSet rs = q.executeQuery("SELECT * FROM `" + table + "`")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        for (int col = 1; col <= md.getColumnCount(); col++) {
                            int type = md.getColumnType(col);
                            boolean binary = type == Types.BINARY || type == Types.VARBINARY
                                    || type == Types.LONGVARBINARY || type == Types.BLOB;
                            byte[] raw = binary ? rs.getBytes(col) : null;
                            String asText = binary ? (raw == null ? null : new String(raw, StandardCharsets.UTF_8))
                                    : rs.getString(col);
                            if (asText == null) {
                                continue;
                            }
                            String asLatin = binary ? new String(raw, StandardCharsets.ISO_8859_1) : asText;
                            for (String secret : secrets) {
                                if (asText.contains(secret) || asLatin.contains(secret)) {
                                    found.add(table + "." + md.getColumnName(col));
                                }
                            }
                        }
                    }
                }
            }
        }
        return new Found(tables, found);
    }

    /** The secrets the test server's server.log holds (none, as it should be). */
    public static List<String> inServerLog(Collection<String> secrets) throws IOException {
        Path log = Path.of(System.getProperty("wildfly.base"), "log", "server.log");
        String serverLog = Files.readString(log, StandardCharsets.UTF_8);
        return secrets.stream().filter(serverLog::contains).toList();
    }
}
