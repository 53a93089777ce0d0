package cn.sunledger.web.interfaces.rest.dto;

import cn.sunledger.ledger.domain.model.asset.Asset;
import cn.sunledger.ledger.domain.model.asset.IncomeKind;
import cn.sunledger.ledger.domain.model.shared.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** POST /api/assets/{id}/incomes — one receipt of 租金, 分红 or 经营收益. */
public class AssetIncomeRequest {
    @NotNull
    public IncomeKind kind;

    @NotNull
    public LocalDate receivedOn;

    @NotBlank
    @Size(max = 200)
    public String payer;

    @NotNull
    @Pattern(regexp = ProjectRequest.MONEY)
    public String amount;

    @NotBlank
    @Size(max = 100)
    public String receiptNo;

    public LocalDate periodFrom;

    public LocalDate periodTo;

    public Asset.IncomeReceipt toReceipt() {
        return new Asset.IncomeReceipt(kind, receivedOn, payer.strip(), Money.parse(amount), receiptNo.strip(),
                periodFrom, periodTo);
    }
}
