package cn.sunledger.ledger.domain.model.fund;

import cn.sunledger.ledger.domain.model.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A movement of money before it is posted: its kind, the date it happened (which decides its period), its
 * balanced lines and its particulars (the 文号 of a document, the payee and voucher of a payment). Posting numbers
 * it, chains it and seals it into a {@link JournalEntry}.
 *
 * @param reverses the entry number this movement reverses, for a {@link EntryKind#REVERSAL}
 * @param memo     why (a reversal's reason), or null
 */
public record Movement(EntryKind kind, LocalDate entryDate, List<JournalLine> lines, SortedMap<String, String> particulars,
        String reverses, String memo) {

    public Movement {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(entryDate);
        lines = List.copyOf(lines);
        particulars = new TreeMap<>(particulars);
    }

    /**
     * The movement, if it may be posted: it has lines, they balance, and it names a reversed entry exactly when it
     * is a reversal. Checked when an entry is sealed, not when one is read back, so that a tampered entry can be
     * loaded and reported by the chain check instead of failing to load.
     */
    public Movement checked() {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an entry has lines");
        }
        if (!total(lines, true).equals(total(lines, false))) {
            throw new IllegalArgumentException("unbalanced entry: debit " + total(lines, true) + ", credit "
                    + total(lines, false));
        }
        if ((kind == EntryKind.REVERSAL) != (reverses != null)) {
            throw new IllegalArgumentException("a reversal, and only a reversal, names the entry it reverses");
        }
        return this;
    }

    public static Movement of(EntryKind kind, LocalDate date, Map<String, String> particulars, JournalLine... lines) {
        return new Movement(kind, date, List.of(lines), new TreeMap<>(particulars), null, null).checked();
    }

    /** The movement that undoes {@code entry}: every line mirrored, dated {@code date}, with the reason. */
    public static Movement reversing(JournalEntry entry, LocalDate date, String reason) {
        return new Movement(EntryKind.REVERSAL, date, entry.lines().stream().map(JournalLine::mirrored).toList(),
                new TreeMap<>(), entry.entryNo(), Objects.requireNonNull(reason)).checked();
    }

    /** Σ debit (= Σ credit). */
    public Money amount() {
        return total(lines, true);
    }

    private static Money total(List<JournalLine> lines, boolean debit) {
        Money sum = Money.ZERO;
        for (JournalLine l : lines) {
            sum = sum.plus(debit ? l.debit() : l.credit());
        }
        return sum;
    }
}
