package cn.sunledger.ledger.application;

import cn.sunledger.ledger.domain.service.access.Caller;

/**
 * Checks a staff user's password for the web tier's sign-in (the login form and HTTP Basic alike), throttling
 * repeated failures per account and client address, and tells whether a signed-in session still stands.
 */
public interface StaffSignIn {

    /** One sign-in attempt from {@code clientAddress}; an unknown or disabled user costs what a wrong password does. */
    SignInOutcome attempt(String username, char[] password, String clientAddress);

    /**
     * Whether a session signed in as {@code username} with the password whose stamp is {@code credentialStamp}
     * may go on: false once the password changed or the user was disabled (or removed).
     */
    boolean sessionStillValid(String username, String credentialStamp);

    /** The failed attempts held against a user (administrators, within the user's region). */
    SignInThrottleView throttle(Caller caller, String username);

    /** Forgets them, so the user may sign in again at once from anywhere. */
    void clearThrottle(Caller caller, String username);
}
