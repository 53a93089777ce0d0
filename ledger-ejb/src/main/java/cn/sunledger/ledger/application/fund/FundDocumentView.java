package cn.sunledger.ledger.application.fund;

import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.time.LocalDate;

/** A fund document with what the journal says of it: allocated, disbursed and remaining (derived from lines). */
public record FundDocumentView(long id, String docNumber, FundSource source, FundLevel level, String regionCode,
        int year, LocalDate issuedOn, Money amount, String purpose, Money allocated, Money disbursed, Money remaining,
        String entryNo) {
}
