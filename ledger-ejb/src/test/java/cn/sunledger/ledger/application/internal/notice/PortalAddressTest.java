package cn.sunledger.ledger.application.internal.notice;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortalAddressTest {

    @Test
    void noticeAddressesFollowTheConfiguredBase() {
        assertEquals("https://xczx.dali.example.gov.cn/portal/notices/532922-2026-00001",
                new PortalAddress("https://xczx.dali.example.gov.cn/portal/", false).noticeUrl("532922-2026-00001"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080/portal", "http://127.0.0.1/portal", "http://[::1]:8080/portal",
            "http://LOCALHOST/portal", "http://app.localhost/portal", "http://0.0.0.0:8080/portal"})
    void aLoopbackAddressIsRefusedOutsideDemoMode(String base) {
        LedgerException e = assertThrows(LedgerException.class, () -> new PortalAddress(base, false).requirePublishable());
        assertEquals("notice.portalUrlLocal", e.messageKey());
        assertDoesNotThrow(() -> new PortalAddress(base, true).requirePublishable(), "the demo may print localhost");
    }

    @Test
    void aPublicAddressIsAccepted() {
        assertDoesNotThrow(() -> new PortalAddress("https://xczx.dali.example.gov.cn/portal", false).requirePublishable());
        assertDoesNotThrow(() -> new PortalAddress("http://10.20.30.40/portal", false).requirePublishable(),
                "a county intranet address can be right; only loopback is certainly wrong");
    }
}
