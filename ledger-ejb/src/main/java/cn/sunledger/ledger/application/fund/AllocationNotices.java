package cn.sunledger.ledger.application.fund;

import cn.sunledger.ledger.domain.service.access.Caller;
import java.util.List;

/** The fund documents whose 资金分配结果公告 is due, late or published (domain.md §7: 15 working days). */
public interface AllocationNotices {

    /** The notice type code of api.md. */
    String TYPE = "FUND_ALLOCATION";

    /** How many working days after the allocation the notice is due. */
    int WORKING_DAYS = 15;

    /**
     * The documents of a county's or the prefecture's ledger (the prefecture's list includes its counties') that
     * have allocations: late first, then due by deadline, then published.
     */
    List<AllocationNoticeDue> list(Caller caller, String regionCode);
}
