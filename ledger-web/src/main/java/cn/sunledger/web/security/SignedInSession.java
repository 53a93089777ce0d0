package cn.sunledger.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;

/**
 * What a session remembers of its sign-in: who, with which role, and the stamp of the password hash that was
 * verified. Every request checks the stamp against the user's current one, so a password change or a disabled
 * account ends the session at its next request.
 */
record SignedInSession(String username, String role, String credentialStamp) implements Serializable {

    static final String ATTRIBUTE = SignedInSession.class.getName();

    static SignedInSession of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : session.getAttribute(ATTRIBUTE) instanceof SignedInSession s ? s : null;
    }
}
