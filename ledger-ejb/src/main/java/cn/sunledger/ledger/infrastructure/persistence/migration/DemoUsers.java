package cn.sunledger.ledger.infrastructure.persistence.migration;

import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.domain.model.user.StaffUser;
import cn.sunledger.ledger.domain.model.user.StaffUserRepository;
import cn.sunledger.ledger.infrastructure.audit.AuditActor;
import cn.sunledger.ledger.infrastructure.security.BcryptPasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The demo logins, read from the copy of docs/demo-users.csv the build puts on the class path, so the
 * README, the tests and the running server share one list. A user already present is left alone.
 */
@ApplicationScoped
public class DemoUsers {

    static final String RESOURCE = "demo/demo-users.csv";

    @Inject
    StaffUserRepository users;

    @Inject
    BcryptPasswordHasher hasher;

    @Inject
    AuditActor auditActor;

    @Transactional
    public int loadMissing() {
        auditActor.set("system", null);
        int added = 0;
        for (String[] row : rows()) {
            String username = row[0];
            if (users.findByUsername(username).isEmpty()) {
                Role role = Role.valueOf(row[2]);
                users.add(new StaffUser(username, displayName(username, role), role, RegionCode.of(row[3]), null,
                        hasher.hash(row[1].toCharArray())));
                added++;
            }
        }
        return added;
    }

    private static String displayName(String username, Role role) {
        return role.chineseName() + "（演示 " + username + "）";
    }

    static List<String[]> rows() {
        try (InputStream in = DemoUsers.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.trim().split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
