package cn.sunledger.ledger.domain.model.shared;

import java.time.LocalDate;

/**
 * The years a date the ledger is given may fall in. The programme's records start long after 2000, and a date a
 * century ahead is a typing error (20260 for 2026) that would otherwise sit in a notice for good.
 */
public final class Plausible {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private Plausible() {
    }

    public static boolean year(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public static boolean date(LocalDate date) {
        return date != null && year(date.getYear());
    }
}
