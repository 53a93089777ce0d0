package cn.sunledger.ledger.application.internal.fund;

import cn.sunledger.ledger.application.internal.fund.JournalStore.Per;
import cn.sunledger.ledger.application.project.ProjectAllocations;
import cn.sunledger.ledger.domain.model.fund.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;

/**
 * What the journal has allocated to a project, net of reversals: what is allocated and not yet paid plus what was
 * paid (a payment moves money from the one account to the other, never out of the project).
 */
@ApplicationScoped
public class JournalAllocations implements ProjectAllocations {

    @Inject
    JournalStore journal;

    @Override
    public BigDecimal allocatedTo(long projectId) {
        return journal.debitBalance(Account.PROJECT_ALLOCATED, Per.PROJECT, projectId)
                .plus(journal.debitBalance(Account.PAID_TO_PAYEE, Per.PROJECT, projectId)).toBigDecimal();
    }
}
