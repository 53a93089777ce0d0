package cn.sunledger.web.security;

import cn.sunledger.ledger.application.SignInOutcome;
import cn.sunledger.ledger.application.StaffSignIn;
import cn.sunledger.tlog.DatabaseOutage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Logger;

/**
 * How staff sign in, on every request to /ledger (Jakarta Security, run by the container before any filter):
 * HTTP Basic for API clients, the login form's post to {@code j_security_check} for browsers, and the
 * session the form opened. Passwords are checked by {@link StaffSignIn} (throttled, cached, constant cost for
 * unknown users), so the container's realm is only asked to load the identity by name. A Basic client that
 * fails gets a 401 or 429 problem document, never the login page; a session whose user changed password or
 * was disabled is ended and its browser sent to the login page with a message.
 */
@ApplicationScoped
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_ACTION = "/j_security_check";
    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String AFTER_LOGIN = StaffAuthenticationMechanism.class.getName() + ".afterLogin";
    private static final Logger LOG = Logger.getLogger(StaffAuthenticationMechanism.class.getName());

    @Inject
    StaffSignIn signIn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        try {
            return authenticate(request, response, context);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.in(e)) {
                throw e;
            }
            // the realm or the sign-in could not reach the database: a 503 to retry, not a 500 from the container
            LOG.warning(() -> "sign-in impossible, database unreachable: " + e);
            response.setHeader("Retry-After", "5");
            ServletProblems.prepare(request, response, 503, "error.databaseUnavailable");
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), request, response, context);
        }
        if ("POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + LOGIN_ACTION)) {
            return loginForm(request, context);
        }
        SignedInSession session = SignedInSession.of(request);
        if (session != null) {
            if (signIn.sessionStillValid(session.username(), session.credentialStamp())) {
                return context.notifyContainerAboutLogin(session.username(), Set.of(session.role()));
            }
            request.getSession().invalidate();
            return context.isProtected() ? toLoginPage(request, response, context, "?ended=true") : context.doNothing();
        }
        return context.isProtected() ? toLoginPage(request, response, context, "") : context.doNothing();
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        SignInOutcome outcome = colon < 0 ? SignInOutcome.refused()
                : signIn.attempt(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray(),
                        request.getRemoteAddr());
        switch (outcome.result()) {
            case SIGNED_IN:
                return context.notifyContainerAboutLogin(outcome.username(), Set.of(outcome.role()));
            case THROTTLED:
                response.setHeader("Retry-After", Long.toString(outcome.retryAfterSeconds()));
                ServletProblems.prepare(request, response, 429, "auth.throttled", outcome.retryAfterSeconds());
                return AuthenticationStatus.SEND_FAILURE;
            default:
                response.setHeader("WWW-Authenticate", "Basic realm=\"Sunshine Ledger\", charset=\"UTF-8\"");
                ServletProblems.prepare(request, response, 401, "auth.badCredentials");
                return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus loginForm(HttpServletRequest request, HttpMessageContext context) {
        String username;
        String password;
        try {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
            username = request.getParameter("j_username");
            password = request.getParameter("j_password");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String contextPath = request.getContextPath();
        if (username == null || password == null) {
            return context.redirect(contextPath + LOGIN_PAGE + "?error=true");
        }
        SignInOutcome outcome = signIn.attempt(username.trim(), password.toCharArray(), request.getRemoteAddr());
        switch (outcome.result()) {
            case SIGNED_IN:
                HttpSession before = request.getSession(false);
                Object target = before == null ? null : before.getAttribute(AFTER_LOGIN);
                if (before != null) {
                    request.changeSessionId(); // a session id known before the sign-in is never a signed-in one
                }
                HttpSession session = request.getSession(true);
                session.removeAttribute(AFTER_LOGIN);
                session.setAttribute(SignedInSession.ATTRIBUTE,
                        new SignedInSession(outcome.username(), outcome.role(), outcome.credentialStamp()));
                return context.redirect(target instanceof String t ? t : contextPath + "/");
            case THROTTLED:
                return context.redirect(contextPath + LOGIN_PAGE + "?retry=" + outcome.retryAfterSeconds());
            default:
                return context.redirect(contextPath + LOGIN_PAGE + "?error=true");
        }
    }

    /** A page needs a signed-in user: remember where the browser was going (plain GETs only) and send it to log in. */
    private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String query) {
        String login = request.getContextPath() + LOGIN_PAGE + query;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // an ajax request cannot follow a 302: Faces' own partial response tells the page to go there
            response.setContentType("text/xml;charset=UTF-8");
            try {
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + login + "\"/></partial-response>");
                response.flushBuffer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        if ("GET".equals(request.getMethod())) {
            String uri = request.getRequestURI();
            request.getSession(true).setAttribute(AFTER_LOGIN,
                    request.getQueryString() == null ? uri : uri + "?" + request.getQueryString());
        }
        return context.redirect(login);
    }
}
