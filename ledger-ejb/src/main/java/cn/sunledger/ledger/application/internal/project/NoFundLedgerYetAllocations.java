package cn.sunledger.ledger.application.internal.project;

import cn.sunledger.ledger.application.project.ProjectAllocations;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;

/**
 * The truthful answer while there is no fund ledger: no allocation table exists, so nothing has been allocated
 * to any project. The fund ledger (allocations, api.md POST /allocations) will replace this bean with one that
 * sums its allocations.
 */
@ApplicationScoped
public class NoFundLedgerYetAllocations implements ProjectAllocations {

    @Override
    public BigDecimal allocatedTo(long projectId) {
        return BigDecimal.ZERO.setScale(2);
    }
}
