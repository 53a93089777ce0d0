package cn.sunledger.ledger.infrastructure.crypto;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The personal-data keys of this server, read from the key file that the system property
 * {@value #PROPERTY} names (server configuration outside the repository and the database: the launcher sets it for
 * run and tests, an operator in standalone.xml's system-properties or on the command line). A server without a
 * usable file still runs; what needs the keys is refused with 503 {@code household.keysUnavailable} until the file is
 * there (it is read again on the next request, so no restart is needed).
 */
@ApplicationScoped
public class HouseholdKeys {

    public static final String PROPERTY = "sunledger.household.keys";
    private static final Logger LOG = Logger.getLogger(HouseholdKeys.class.getName());

    private volatile PersonalDataKeys keys;

    public PersonalDataKeys keys() {
        PersonalDataKeys k = keys;
        if (k != null) {
            return k;
        }
        synchronized (this) {
            if (keys == null) {
                keys = load();
            }
            return keys;
        }
    }

    private static PersonalDataKeys load() {
        String path = System.getProperty(PROPERTY, "").strip();
        if (path.isEmpty()) {
            LOG.warning("no personal-data key file configured (-D" + PROPERTY + "=PATH): household operations refused");
            throw LedgerException.unavailable("household.keysUnavailable");
        }
        Path file = Path.of(path);
        if (!Files.isReadable(file)) {
            LOG.warning("the personal-data key file " + file + " is missing or unreadable: household operations refused");
            throw LedgerException.unavailable("household.keysUnavailable");
        }
        try {
            return PersonalDataKeyFile.read(file);
        } catch (IllegalStateException e) {
            LOG.log(Level.WARNING, e.getMessage());
            throw LedgerException.unavailable("household.keysUnavailable");
        }
    }
}
