package cn.sunledger.ledger.domain.service.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.user.Role;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private static final Caller CLERK = new Caller("c", "c", Role.VILLAGE_CLERK, RegionCode.of("532922101201"));
    private static final Caller COUNTY_ADMIN = new Caller("a", "a", Role.ADMIN, RegionCode.of("532922000000"));
    private static final Caller AUDITOR = new Caller("x", "x", Role.AUDITOR, RegionCode.of("532900000000"));

    @Test
    void regionScopeBoundsEveryAction() {
        assertTrue(AccessPolicy.permits(CLERK, Action.VIEW_REGIONS, RegionCode.of("532922101201002")));
        assertFalse(AccessPolicy.permits(CLERK, Action.VIEW_REGIONS, RegionCode.of("532922101202")));
        assertTrue(AccessPolicy.permits(COUNTY_ADMIN, Action.MANAGE_USERS, RegionCode.of("532922101202")));
        assertFalse(AccessPolicy.permits(COUNTY_ADMIN, Action.MANAGE_USERS, RegionCode.of("532924102201")));
    }

    @Test
    void rolesBoundWhatMayBeDone() {
        assertFalse(AccessPolicy.permits(CLERK, Action.IMPORT_REGIONS, CLERK.homeRegion()));
        assertTrue(AccessPolicy.permits(AUDITOR, Action.VIEW_USERS, RegionCode.of("532922000000")));
        assertFalse(AccessPolicy.permits(AUDITOR, Action.MANAGE_USERS, RegionCode.of("532922000000")),
                "auditors read, they do not change");
    }

    @Test
    void refusalsSayWhy() {
        LedgerException role = assertThrows(LedgerException.class,
                () -> AccessPolicy.require(CLERK, Action.MANAGE_USERS));
        assertEquals("access.roleRefused", role.messageKey());
        assertEquals(LedgerException.Kind.FORBIDDEN, role.kind());
        LedgerException region = assertThrows(LedgerException.class,
                () -> AccessPolicy.require(COUNTY_ADMIN, Action.MANAGE_USERS, RegionCode.of("532924000000")));
        assertEquals("access.outsideRegion", region.messageKey());
    }
}
