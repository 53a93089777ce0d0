package cn.sunledger.ledger.application.asset;

import cn.sunledger.ledger.domain.model.asset.IncomeKind;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * An asset's income as the register shows it: the receipts (a reversed one stays listed, with the entry that
 * reversed it, and no longer counts) and, per year of operation, expected against received.
 *
 * @param expectedAnnual the operation terms' 预期年收益, null when none was set
 */
public record AssetIncomeLedger(long assetId, String assetCode, String assetName, Money expectedAnnual,
        List<Receipt> receipts, List<Year> years) {

    public record Receipt(long id, IncomeKind kind, LocalDate receivedOn, String payer, Money amount, String receiptNo,
            LocalDate periodFrom, LocalDate periodTo, String entryNo, String reversedBy) {

        public boolean counts() {
            return reversedBy == null;
        }
    }

    /**
     * @param expected the annual expectation for the part of the year the asset was operated under its terms (by
     *                 days), null when no expectation was set
     * @param received receipts of the year not reversed
     */
    public record Year(int year, Money expected, Money received) {

        public boolean behind() {
            return expected != null && received.compareTo(expected) < 0;
        }
    }
}
