package cn.sunledger.ledger.application.project;

import java.math.BigDecimal;

/**
 * What the fund ledger has allocated to a project, in 元. The library asks before a roll-over (结转), which is
 * only for projects with nothing allocated. The fund ledger answers it once it exists.
 */
public interface ProjectAllocations {

    BigDecimal allocatedTo(long projectId);
}
