package cn.sunledger.tlog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aRefusedConnectionDeepInTheChainIsAnOutage() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        ConnectException refused = null;
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", closedPort), 2000);
        } catch (ConnectException e) {
            refused = e;
        }
        assertTrue(refused != null, "nothing listens on a port just released");
        Exception wrapped = new IllegalStateException("transaction failed",
                new SQLException("IJ031040: Connection error", "08000", new RuntimeException(refused)));
        assertTrue(DatabaseOutage.in(wrapped));
        assertTrue(DatabaseOutage.in(new RuntimeException(refused)));
    }

    @Test
    void connectionStatesAndTheDriversConnectionExceptionsAreOutages() {
        assertTrue(DatabaseOutage.in(new SQLException("Socket error", "08S01")));
        assertTrue(DatabaseOutage.in(new RuntimeException(new SQLNonTransientConnectionException("gone"))));
    }

    @Test
    void aRefusalByTheDatabaseOrABugIsNot() {
        assertFalse(DatabaseOutage.in(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062)));
        assertFalse(DatabaseOutage.in(new SQLException("Deadlock found", "40001", 1213)));
        assertFalse(DatabaseOutage.in(new SQLException("no state")));
        assertFalse(DatabaseOutage.in(new IllegalStateException("a bug")));
        assertFalse(DatabaseOutage.in(null));
    }
}
