package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.web.interfaces.rest.problem.Problems;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every API call needs a signed-in, enabled staff user. StaffAuthenticationMechanism has already checked any
 * Basic credentials (and refused wrong ones with a problem document); this answers calls without credentials or
 * session with 401 and a problem document instead of the login page a browser would get.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthenticationFilter implements ContainerRequestFilter {

    @Inject
    CurrentCaller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        if (caller.find().isEmpty()) {
            request.abortWith(Problems.of(LedgerException.unauthenticated(),
                    Problems.locale(request.getAcceptableLanguages())));
        }
    }
}
