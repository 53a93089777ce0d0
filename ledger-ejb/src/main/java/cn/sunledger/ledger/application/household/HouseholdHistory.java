package cn.sunledger.ledger.application.household;

import cn.sunledger.ledger.domain.service.access.Caller;

/**
 * What reached a household (issue 12 item 4): by year, the projects located in its natural village, the assets whose
 * income it shares, every payment attempt of a distribution line to it, and its category history. Read with the
 * register's own check (VIEW_HOUSEHOLDS on the household's natural village: 404 unknown, 403 outside the scope).
 */
public interface HouseholdHistory {

    HouseholdHistoryView history(Caller caller, long householdId);
}
