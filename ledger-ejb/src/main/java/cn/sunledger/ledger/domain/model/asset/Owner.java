package cn.sunledger.ledger.domain.model.asset;

import java.math.BigDecimal;

/**
 * 产权主体: an owning entity (a 股份经济合作社, a township, a household …), its region if it has one, its share, and —
 * for an owner at the level 农户 — the household of the register it is ({@code householdId}). {@code householdNo} is
 * that household's number (户编号, no personal data) as the register gives it when the owner is read; it is not
 * written, the id is the link.
 */
public record Owner(String entityName, String regionCode, BigDecimal share, Long householdId, String householdNo) {

    /** An owner that is no household of the register (a collective, a township, a unit). */
    public Owner(String entityName, String regionCode, BigDecimal share) {
        this(entityName, regionCode, share, null, null);
    }

    /** The same owner named as the household register names it: its number and, if none was typed, its head. */
    public Owner ofHousehold(String householdNumber, String headName) {
        String name = entityName == null || entityName.isBlank() ? headName : entityName;
        return new Owner(name, regionCode, share, householdId, householdNumber);
    }
}
