package cn.sunledger.ledger.application.household;

import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.service.access.Caller;
import java.util.List;

/**
 * 防止返贫监测标准: each county's line of 家庭年人均纯收入 for a year (e.g. 施甸 2025: 8,700 元), set by the county
 * rural bureau or an administrator and read by every role of the county.
 */
public interface MonitoringLines {

    record Line(String countyCode, String countyName, int year, Money amount) {
    }

    Line set(Caller caller, String countyCode, int year, Money amount);

    /** The lines of the counties in the caller's scope (or in {@code region}'s), by county then year. */
    List<Line> list(Caller caller, String region);
}
