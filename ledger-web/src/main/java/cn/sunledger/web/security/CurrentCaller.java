package cn.sunledger.web.security;

import cn.sunledger.ledger.application.StaffDirectory;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/**
 * The staff user behind the current request, whether it came through the login form or HTTP Basic: the
 * sign-in (StaffAuthenticationMechanism) has established the principal; this looks up role and home region once
 * per request.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    HttpServletRequest request;

    @Inject
    StaffDirectory staff;

    private Optional<Caller> caller;

    public Optional<Caller> find() {
        if (caller == null) {
            Principal principal = request.getUserPrincipal();
            caller = principal == null ? Optional.empty() : staff.callerFor(principal.getName());
        }
        return caller;
    }

    public Caller get() {
        return find().orElseThrow(LedgerException::unauthenticated);
    }
}
