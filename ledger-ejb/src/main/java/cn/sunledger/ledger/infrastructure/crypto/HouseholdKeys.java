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
    /** The last reason logged, so that a server without keys says so once, not on every request. */
    private String logged;

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

    private PersonalDataKeys load() {
        String path = System.getProperty(PROPERTY, "").strip();
        if (path.isEmpty()) {
            throw refused("no personal-data key file configured (-D" + PROPERTY + "=PATH): household operations refused");
        }
        Path file = Path.of(path);
        if (!Files.isReadable(file)) {
            throw refused("the personal-data key file " + file + " is missing or unreadable: household operations refused");
        }
        try {
            return PersonalDataKeyFile.read(file);
        } catch (IllegalStateException e) {
            throw refused(e.getMessage());
        }
    }

    /** 503, with the reason in the log (never a key: PersonalDataKeyFile's messages name the file and the entry). */
    private LedgerException refused(String reason) {
        if (!reason.equals(logged)) {
            LOG.log(Level.WARNING, reason);
            logged = reason;
        }
        return LedgerException.unavailable("household.keysUnavailable");
    }
}
