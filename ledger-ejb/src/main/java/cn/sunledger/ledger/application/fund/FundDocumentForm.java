package cn.sunledger.ledger.application.fund;

import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.time.LocalDate;

/**
 * A fund document (资金下达文件) as the finance bureau enters it (api.md POST /fund-documents).
 *
 * @param level      the issuing level: CENTRAL, PROVINCE, PREFECTURE or COUNTY
 * @param regionCode the county (or the prefecture) whose ledger receives the money
 */
public record FundDocumentForm(String docNumber, FundSource source, FundLevel level, String regionCode, int year,
        LocalDate issuedOn, Money amount, String purpose) {
}
