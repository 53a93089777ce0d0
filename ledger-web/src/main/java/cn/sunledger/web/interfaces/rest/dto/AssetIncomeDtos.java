package cn.sunledger.web.interfaces.rest.dto;

import cn.sunledger.ledger.application.asset.AssetIncomeLedger;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.time.LocalDate;
import java.util.List;

/** An asset's income as the API shows it: money as strings, kinds with their Chinese names. */
public final class AssetIncomeDtos {

    private AssetIncomeDtos() {
    }

    public record ReceiptDto(long id, String kind, String kindName, LocalDate receivedOn, String payer, String amount,
            String receiptNo, LocalDate periodFrom, LocalDate periodTo, String entryNo, String reversedBy,
            boolean counts) {
        static ReceiptDto of(AssetIncomeLedger.Receipt r) {
            return new ReceiptDto(r.id(), r.kind().name(), r.kind().chineseName(), r.receivedOn(), r.payer(),
                    r.amount().toString(), r.receiptNo(), r.periodFrom(), r.periodTo(), r.entryNo(), r.reversedBy(),
                    r.counts());
        }
    }

    public record YearDto(int year, String expected, String received, boolean behind) {
        static YearDto of(AssetIncomeLedger.Year y) {
            return new YearDto(y.year(), text(y.expected()), y.received().toString(), y.behind());
        }
    }

    public record IncomesDto(long assetId, String assetCode, String assetName, String expectedAnnual,
            List<ReceiptDto> receipts, List<YearDto> years) {
        public static IncomesDto of(AssetIncomeLedger l) {
            return new IncomesDto(l.assetId(), l.assetCode(), l.assetName(), text(l.expectedAnnual()),
                    l.receipts().stream().map(ReceiptDto::of).toList(), l.years().stream().map(YearDto::of).toList());
        }
    }

    private static String text(Money m) {
        return m == null ? null : m.toString();
    }
}
