package cn.sunledger.web.interfaces.web;

import java.util.Map;

/**
 * Which field of a fund form a refusal of the ledger concerns, by its message key, so the screen can show the
 * reason beside that field: an amount beyond what remains by the amount, a date in the future by the date, a
 * 文号 already used by the 文号. Keys not listed concern the whole form.
 */
final class FundRefusals {

    private static final Map<String, String> FIELD = Map.of(
            "fund.amountNotPositive", "amount",
            "fund.exceedsDocument", "amount",
            "fund.exceedsAllocation", "amount",
            "fund.dateInFuture", "date",
            "fund.dateBeforeSource", "date",
            "fund.periodClosed", "date",
            "fund.documentYear", "year",
            "fund.documentNumberTaken", "docNumber",
            "fund.projectNotInLibrary", "project",
            "fund.projectOutsideDocument", "project");

    private FundRefusals() {
    }

    /** The form field the refusal {@code messageKey} concerns, or null. */
    static String fieldOf(String messageKey) {
        return FIELD.get(messageKey);
    }
}
