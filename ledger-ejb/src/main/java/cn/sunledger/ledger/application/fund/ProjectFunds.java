package cn.sunledger.ledger.application.fund;

import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * Per project and fund source: the planned investment (the project record's 资金来源) beside what the year's fund
 * documents allocated to it and paid for it, as of a day — for the projects of the year located in a region and
 * every project the year's documents reached.
 */
public record ProjectFunds(String regionCode, String regionName, int year, LocalDate asOf, List<Line> lines) {

    public record Line(long projectId, String projectCode, String projectName, FundSource source, Money planned,
            Money allocated, Money disbursed) {
    }
}
