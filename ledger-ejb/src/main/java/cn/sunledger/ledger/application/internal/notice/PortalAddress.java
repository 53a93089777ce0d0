package cn.sunledger.ledger.application.internal.notice;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import java.net.URI;
import java.util.Locale;

/**
 * Where the public portal is reached from outside: every published PDF prints this address and encodes it in
 * its QR code, for good. Configured with the system property {@code sunledger.portal.url} (the launcher sets it
 * from SUNLEDGER_PUBLIC_URL). A loopback address is accepted only in demo mode ({@code sunledger.demo=true}):
 * a frozen notice pointing a villager's phone at "localhost" could never be corrected.
 */
record PortalAddress(String base, boolean demo) {

    static final String URL_PROPERTY = "sunledger.portal.url";
    static final String DEMO_PROPERTY = "sunledger.demo";
    static final String DEFAULT_BASE = "http://localhost:8080/portal";

    PortalAddress {
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    static PortalAddress configured() {
        return new PortalAddress(System.getProperty(URL_PROPERTY, DEFAULT_BASE),
                Boolean.parseBoolean(System.getProperty(DEMO_PROPERTY, "false")));
    }

    String noticeUrl(String noticeNo) {
        return base + "/notices/" + noticeNo;
    }

    /** Refuses to publish with an address no member of the public can open, unless this is the demo. */
    void requirePublishable() {
        if (!demo && isLoopback()) {
            throw LedgerException.rule("notice.portalUrlLocal", base);
        }
    }

    boolean isLoopback() {
        String host;
        try {
            host = URI.create(base).getHost();
        } catch (IllegalArgumentException e) {
            return true; // not an address anyone can open either
        }
        if (host == null) {
            return true;
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.")
                || host.equals("[::1]") || host.equals("::1") || host.equals("0.0.0.0");
    }
}
