package cn.sunledger.ledger.domain.model.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class JournalEntryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 2);
    private static final LocalDateTime AT = LocalDateTime.of(2026, 4, 2, 10, 15, 30, 123_000_000);
    private static final Money AMOUNT = Money.parse("200000.00");

    private static Movement payment(String payee) {
        return Movement.of(EntryKind.DISBURSEMENT, DAY, Map.of("payee", payee, "voucherNo", "记-0031"),
                JournalLine.debit(Account.PAID_TO_PAYEE, 17, 9L, 42L, FundSource.CENTRAL_LINKAGE, AMOUNT),
                JournalLine.credit(Account.PROJECT_ALLOCATED, 17, 9L, 42L, FundSource.CENTRAL_LINKAGE, AMOUNT));
    }

    private static JournalEntry sealed(Movement m, String salt, String prev) {
        return JournalEntry.seal("532922-2026-000003", "532922000000", 2026, 3, 7, m, AT, "yangbi.finance", salt, prev);
    }

    @Test
    void anEntryMustBalanceAndEachLineHasOneSide() {
        assertThrows(IllegalArgumentException.class, () -> Movement.of(EntryKind.ALLOCATION, DAY, Map.of(),
                JournalLine.debit(Account.PROJECT_ALLOCATED, 1, 1L, 1L, FundSource.OTHER, Money.parse("10.00")),
                JournalLine.credit(Account.DOCUMENT_AVAILABLE, 1, null, null, FundSource.OTHER, Money.parse("9.99"))));
        assertThrows(IllegalArgumentException.class, () -> new JournalLine(Account.PAID_TO_PAYEE, 1, null, null,
                FundSource.OTHER, Money.parse("1.00"), Money.parse("1.00")));
        assertThrows(IllegalArgumentException.class, () -> JournalLine.debit(Account.PAID_TO_PAYEE, 1, null, null,
                FundSource.OTHER, Money.ZERO));
        assertEquals(AMOUNT, payment("某乡人民政府").amount());
    }

    @Test
    void theNumberIsGapFreeTextPerRegionAndYear() {
        assertEquals("532922-2026-000001", JournalEntry.number("532922000000", 2026, 1));
        assertEquals("532922-2026-123456", JournalEntry.number("532922000000", 2026, 123456));
    }

    @Test
    void theHashCoversContentSaltAndChain() {
        String salt = "00112233445566778899aabbccddeeff";
        JournalEntry entry = sealed(payment("某乡人民政府"), salt, "ab".repeat(32));
        assertTrue(entry.hash().matches("[0-9a-f]{64}"));
        assertEquals(entry.hash(), sealed(payment("某乡人民政府"), salt, "ab".repeat(32)).hash(), "deterministic");
        assertNotEquals(entry.hash(), sealed(payment("另一个收款人"), salt, "ab".repeat(32)).hash(), "payee");
        assertNotEquals(entry.hash(), sealed(payment("某乡人民政府"), "ff".repeat(16), "ab".repeat(32)).hash(), "salt");
        assertNotEquals(entry.hash(), sealed(payment("某乡人民政府"), salt, "cd".repeat(32)).hash(), "previous entry");
        JournalEntry tampered = new JournalEntry(entry.entryNo(), entry.ledgerRegion(), entry.year(), entry.seq(),
                entry.chainIndex(), payment("另一个收款人"), entry.postedAt(), entry.postedBy(), salt, entry.prevHash(), entry.hash());
        assertFalse(tampered.sealIntact());
        assertTrue(entry.sealIntact());
    }

    @Test
    void aFundSideEntryHashesAsItDidBeforeTheOwnerSideExisted() {
        // computed with the JournalLine of V19–V27: entries posted then must still verify
        assertEquals("f8af805c48a82720e0bf5f7072aabf6b0df87d3cc8a5be5f52645a47efc58b46",
                sealed(payment("某乡人民政府"), "00112233445566778899aabbccddeeff", "ab".repeat(32)).hash());
    }

    @Test
    void anOwnerSideLineNamesItsOwnerAndNoDocumentAndItsEntrySealsLikeAnyOther() {
        Money rent = Money.parse("30000.00");
        Movement income = Movement.of(EntryKind.ASSET_INCOME, DAY, Map.of("receiptNo", "收-1"),
                JournalLine.ofOwner(Account.OWNER_FUNDS, "532922101201", "光明村股份经济合作社", 5L, rent, Money.ZERO),
                JournalLine.ofOwner(Account.ASSET_INCOME, "532922101201", "光明村股份经济合作社", 5L, Money.ZERO, rent));
        JournalEntry entry = sealed(income, "00112233445566778899aabbccddeeff", null);
        assertTrue(entry.sealIntact());
        assertTrue(entry.lines().get(0).ownerSide());
        JournalEntry otherOwner = sealed(Movement.of(EntryKind.ASSET_INCOME, DAY, Map.of("receiptNo", "收-1"),
                JournalLine.ofOwner(Account.OWNER_FUNDS, "532922101202", "白章村股份经济合作社", 5L, rent, Money.ZERO),
                JournalLine.ofOwner(Account.ASSET_INCOME, "532922101202", "白章村股份经济合作社", 5L, Money.ZERO, rent)),
                "00112233445566778899aabbccddeeff", null);
        assertNotEquals(entry.hash(), otherOwner.hash(), "the owner is covered by the hash");
        assertThrows(IllegalArgumentException.class, () -> new JournalLine(Account.OWNER_FUNDS, 17L, null, null,
                FundSource.OTHER, 5L, "532922101201", "光明村股份经济合作社", rent, Money.ZERO), "one side only");
    }

    @Test
    void aReversalMirrorsEveryLineAndNamesWhatItReverses() {
        JournalEntry entry = sealed(payment("某乡人民政府"), "00".repeat(16), null);
        Movement reversal = Movement.reversing(entry, DAY.plusDays(3), "凭证号错误");
        assertEquals(EntryKind.REVERSAL, reversal.kind());
        assertEquals("532922-2026-000003", reversal.reverses());
        assertEquals(entry.lines().get(0).debit(), reversal.lines().get(0).credit());
        assertEquals(Account.PAID_TO_PAYEE, reversal.lines().get(0).account());
        assertThrows(IllegalArgumentException.class, () -> new Movement(EntryKind.ALLOCATION, DAY, entry.lines(),
                new TreeMap<>(), "532922-2026-000001", null).checked(), "only a reversal names a reversed entry");
        assertEquals(List.of(), reversal.particulars().keySet().stream().toList());
    }
}
