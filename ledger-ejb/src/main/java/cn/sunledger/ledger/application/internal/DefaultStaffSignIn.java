package cn.sunledger.ledger.application.internal;

import cn.sunledger.ledger.application.SignInOutcome;
import cn.sunledger.ledger.application.SignInThrottleView;
import cn.sunledger.ledger.application.StaffCredentialsChanged;
import cn.sunledger.ledger.application.StaffDirectory;
import cn.sunledger.ledger.application.StaffSignIn;
import cn.sunledger.ledger.domain.model.user.StaffUser;
import cn.sunledger.ledger.domain.model.user.StaffUserRepository;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.security.BcryptPasswordHasher;
import cn.sunledger.ledger.infrastructure.security.CredentialStamp;
import cn.sunledger.ledger.infrastructure.security.LoginThrottle;
import cn.sunledger.ledger.infrastructure.security.VerifiedCredentials;
import cn.sunledger.ledger.infrastructure.security.VerifiedCredentials.VerifiedIdentity;
import cn.sunledger.ledger.infrastructure.time.SystemClock;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;

@ApplicationScoped
public class DefaultStaffSignIn implements StaffSignIn {

    private static final int MAX_USERNAME = 64;

    @Inject
    StaffUserRepository users;

    @Inject
    StaffDirectory directory;

    @Inject
    BcryptPasswordHasher hasher;

    @Inject
    LoginThrottle throttle;

    @Inject
    VerifiedCredentials verified;

    @Inject
    Clock clock;

    /** Checked instead of a real hash for unknown and disabled users, so they take as long as a wrong password. */
    private String dummyHash;

    @PostConstruct
    void init() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        dummyHash = hasher.hash(Base64.getEncoder().encodeToString(random).toCharArray());
    }

    // no transaction: the bcrypt check should not hold a database connection for its 0.1 s
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public SignInOutcome attempt(String username, char[] password, String clientAddress) {
        Optional<Duration> wait = throttle.retryAfter(username, clientAddress);
        if (wait.isPresent()) {
            return SignInOutcome.throttled(wait.get());
        }
        Optional<VerifiedIdentity> known = verified.find(username, password);
        if (known.isPresent()) {
            throttle.succeeded(username, clientAddress);
            return SignInOutcome.signedIn(known.get().username(), known.get().role(), known.get().credentialStamp());
        }
        long readAt = verified.generation();
        Optional<StaffUser> user = username.isBlank() || username.length() > MAX_USERNAME ? Optional.empty()
                : users.findByUsername(username);
        boolean matches = hasher.verify(user.map(StaffUser::passwordHash).orElse(dummyHash), password);
        if (!matches || user.isEmpty() || !user.get().isEnabled()) {
            throttle.failed(username, clientAddress);
            return SignInOutcome.refused();
        }
        StaffUser u = user.get();
        VerifiedIdentity identity = new VerifiedIdentity(u.username(), u.role().name(),
                CredentialStamp.of(u.passwordHash()));
        verified.remember(username, password, identity, readAt);
        throttle.succeeded(username, clientAddress);
        return SignInOutcome.signedIn(identity.username(), identity.role(), identity.credentialStamp());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean sessionStillValid(String username, String credentialStamp) {
        return users.findByUsername(username).filter(StaffUser::isEnabled)
                .map(u -> CredentialStamp.of(u.passwordHash()).equals(credentialStamp)).orElse(false);
    }

    @Override
    @Transactional
    public SignInThrottleView throttle(Caller caller, String username) {
        String name = checkedUser(caller, username);
        var addresses = throttle.of(name).stream().map(a -> new SignInThrottleView.AddressFailures(a.address(),
                a.failures(), OffsetDateTime.ofInstant(a.lastFailure(), SystemClock.ZONE),
                a.waitLeft().isZero() ? null : OffsetDateTime.ofInstant(clock.instant().plus(a.waitLeft()), SystemClock.ZONE)))
                .toList();
        return new SignInThrottleView(name, addresses.stream().anyMatch(a -> a.waitUntil() != null), addresses);
    }

    @Override
    @Transactional
    public void clearThrottle(Caller caller, String username) {
        String name = checkedUser(caller, username);
        AccessPolicy.require(caller, Action.MANAGE_USERS, users.findByUsername(name).orElseThrow().homeRegion());
        throttle.clear(name);
    }

    /** The user's stored name, after the same checks as reading the user (404 outside, 403 out of scope). */
    private String checkedUser(Caller caller, String username) {
        return directory.get(caller, username).username();
    }

    void forgetVerified(@Observes(during = TransactionPhase.AFTER_SUCCESS) StaffCredentialsChanged changed) {
        verified.forget(changed.username());
    }
}
