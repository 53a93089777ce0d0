package cn.sunledger.ledger.application.fund;

import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * An allocation of a fund document to a project as the document's page shows it: the amount posted, what the
 * journal says was paid and remains (zero once reversed), its entry and the entry that reversed it, if any, and
 * its payments.
 */
public record AllocationView(long id, long projectId, String projectCode, String projectName, String villageCode,
        ProjectStatus projectStatus, Money amount, LocalDate allocatedOn, Money disbursed, Money remaining,
        String entryNo, String reversedBy, List<DisbursementView> disbursements) {

    public boolean reversed() {
        return reversedBy != null;
    }

    /** A payment against the allocation, with the entry that reversed it, if any. */
    public record DisbursementView(long id, Money amount, String payee, String voucherNo, LocalDate paidOn,
            String entryNo, String reversedBy) {
    }
}
