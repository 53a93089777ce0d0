package cn.sunledger.ledger.application.internal;

import cn.sunledger.ledger.application.StaffCredentialsChanged;
import cn.sunledger.ledger.application.StaffDirectory;
import cn.sunledger.ledger.application.StaffUserForm;
import cn.sunledger.ledger.application.StaffUserView;
import cn.sunledger.ledger.domain.model.region.Region;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionRepository;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import cn.sunledger.ledger.domain.model.user.StaffUser;
import cn.sunledger.ledger.domain.model.user.StaffUserRepository;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.audit.AuditActor;
import cn.sunledger.ledger.infrastructure.security.BcryptPasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class DefaultStaffDirectory implements StaffDirectory {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");
    private static final Pattern MOBILE = Pattern.compile("1\\d{10}");

    @Inject
    StaffUserRepository users;

    @Inject
    RegionRepository regions;

    @Inject
    BcryptPasswordHasher hasher;

    @Inject
    AuditActor auditActor;

    @Inject
    Event<StaffCredentialsChanged> credentialsChanged;

    @Override
    // a plain read on every request: no transaction of its own (which cost three more statements per API call)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Caller> callerFor(String username) {
        return users.findByUsername(username).filter(StaffUser::isEnabled)
                .map(u -> new Caller(u.username(), u.displayName(), u.role(), u.homeRegion()));
    }

    @Override
    public List<StaffUserView> list(Caller caller) {
        AccessPolicy.require(caller, Action.VIEW_USERS);
        List<StaffUser> found = users.homedWithin(caller.homeRegion());
        Map<String, Region> homes = regions.findAll(found.stream().map(u -> u.homeRegion().value())
                .collect(Collectors.toSet()));
        return found.stream().map(u -> StaffUserView.of(u, nameOf(homes.get(u.homeRegion().value())))).toList();
    }

    @Override
    public StaffUserView get(Caller caller, String username) {
        StaffUser user = find(username);
        AccessPolicy.require(caller, Action.VIEW_USERS, user.homeRegion());
        return view(user);
    }

    @Override
    public StaffUserView create(Caller caller, StaffUserForm form) {
        List<Violation> problems = new ArrayList<>();
        if (form.username() == null || !USERNAME.matcher(form.username()).matches()) {
            problems.add(Violation.ofField("username", "user.badUsername"));
        }
        if (form.password() == null || form.password().length() < 8) {
            problems.add(Violation.ofField("password", "user.badPassword"));
        }
        RegionCode home = checkCommon(form, problems);
        if (!problems.isEmpty()) {
            throw LedgerException.invalid(problems);
        }
        AccessPolicy.require(caller, Action.MANAGE_USERS, home);
        if (users.findByUsername(form.username()).isPresent()) {
            throw LedgerException.conflict("user.exists", form.username());
        }
        auditActor.set(caller.username(), caller.role().name());
        StaffUser user = new StaffUser(form.username(), form.displayName().trim(), form.role(), home,
                blankToNull(form.phone()), hasher.hash(form.password().toCharArray()));
        if (Boolean.FALSE.equals(form.enabled())) {
            user.enable(false);
        }
        users.add(user);
        return view(user);
    }

    @Override
    public StaffUserView update(Caller caller, String username, StaffUserForm form) {
        StaffUser user = find(username);
        AccessPolicy.require(caller, Action.MANAGE_USERS, user.homeRegion());
        List<Violation> problems = new ArrayList<>();
        if (form.password() != null && !form.password().isEmpty() && form.password().length() < 8) {
            problems.add(Violation.ofField("password", "user.badPassword"));
        }
        RegionCode home = checkCommon(form, problems);
        if (!problems.isEmpty()) {
            throw LedgerException.invalid(problems);
        }
        AccessPolicy.require(caller, Action.MANAGE_USERS, home);
        if (Boolean.FALSE.equals(form.enabled()) && user.username().equals(caller.username())) {
            throw LedgerException.rule("user.cannotDisableSelf");
        }
        auditActor.set(caller.username(), caller.role().name());
        user.describe(form.displayName().trim(), form.phone() == null ? user.phone() : blankToNull(form.phone()));
        user.assign(form.role(), home);
        if (form.enabled() != null) {
            user.enable(form.enabled());
        }
        if (form.password() != null && !form.password().isEmpty()) {
            user.changePasswordHash(hasher.hash(form.password().toCharArray()));
        }
        // verified passwords and open sessions of this user must not outlive the change (observed after commit)
        credentialsChanged.fire(new StaffCredentialsChanged(user.username()));
        return view(user);
    }

    /** Checks shared by create and update; returns the home region code when it is valid. */
    private RegionCode checkCommon(StaffUserForm form, List<Violation> problems) {
        if (form.displayName() == null || form.displayName().isBlank() || form.displayName().length() > 100) {
            problems.add(Violation.ofField("displayName", "user.displayNameRequired"));
        }
        if (form.phone() != null && !form.phone().isBlank() && !MOBILE.matcher(form.phone().trim()).matches()) {
            problems.add(Violation.ofField("phone", "user.badPhone"));
        }
        if (!RegionCode.isValid(form.regionCode())) {
            problems.add(Violation.ofField("regionCode", "region.badCode", String.valueOf(form.regionCode())));
            return null;
        }
        RegionCode home = RegionCode.of(form.regionCode());
        if (regions.find(home).isEmpty()) {
            problems.add(Violation.ofField("regionCode", "user.regionMissing", home.value()));
        }
        if (form.role() == null) {
            problems.add(Violation.ofField("role", "error.validation"));
        } else if (!form.role().mayBeHomedAt(home.level())) {
            problems.add(Violation.ofField("regionCode", "user.roleLevel", form.role().name(),
                    form.role().homeLevels().toString()));
        }
        return home;
    }

    private StaffUser find(String username) {
        return users.findByUsername(username).orElseThrow(() -> LedgerException.notFound("user.notFound", username));
    }

    private StaffUserView view(StaffUser user) {
        return StaffUserView.of(user, nameOf(regions.find(user.homeRegion()).orElse(null)));
    }

    private static String nameOf(Region region) {
        return region == null ? null : region.name();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
