package cn.sunledger.web.interfaces.rest.dto;

import cn.sunledger.ledger.application.fund.AllocationForm;
import cn.sunledger.ledger.application.fund.DisbursementForm;
import cn.sunledger.ledger.application.fund.FundDocumentForm;
import cn.sunledger.ledger.application.fund.FundLevel;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Bodies of the fund ledger's posting calls (api.md); money is a JSON string with at most two decimals. */
public final class FundRequests {

    private FundRequests() {
    }

    /** POST /api/fund-documents */
    public static class Document {
        @NotBlank
        @Size(max = 100)
        public String docNumber;

        @NotNull
        public FundSource source;

        @NotNull
        public FundLevel level;

        @NotNull
        @Pattern(regexp = "\\d{12}")
        public String regionCode;

        @NotNull
        @Min(2000)
        @Max(2100)
        public Integer year;

        @NotNull
        public LocalDate issuedOn;

        @NotNull
        @Pattern(regexp = ProjectRequest.MONEY)
        public String amount;

        @NotBlank
        @Size(max = 1000)
        public String purpose;

        public FundDocumentForm toForm() {
            return new FundDocumentForm(docNumber.strip(), source, level, regionCode, year, issuedOn,
                    Money.parse(amount), purpose.strip());
        }
    }

    /** POST /api/allocations */
    public static class Allocation {
        @NotNull
        @Positive
        public Long fundDocumentId;

        @NotNull
        @Positive
        public Long projectId;

        @NotNull
        @Pattern(regexp = ProjectRequest.MONEY)
        public String amount;

        @NotNull
        public LocalDate allocatedOn;

        public AllocationForm toForm() {
            return new AllocationForm(fundDocumentId, projectId, Money.parse(amount), allocatedOn);
        }
    }

    /** POST /api/disbursements */
    public static class Disbursement {
        @NotNull
        @Positive
        public Long allocationId;

        @NotNull
        @Pattern(regexp = ProjectRequest.MONEY)
        public String amount;

        @NotBlank
        @Size(max = 200)
        public String payee;

        @NotBlank
        @Size(max = 50)
        public String voucherNo;

        @NotNull
        public LocalDate paidOn;

        public DisbursementForm toForm() {
            return new DisbursementForm(allocationId, Money.parse(amount), payee.strip(), voucherNo.strip(), paidOn);
        }
    }

    /** POST /api/journal/{entryNo}/reversal */
    public static class Reversal {
        @NotBlank
        @Size(max = 500)
        public String reason;
    }

    /** POST /api/journal/periods/close */
    public static class PeriodClose {
        @NotNull
        @Pattern(regexp = "\\d{12}")
        public String regionCode;

        @NotNull
        @Pattern(regexp = "\\d{4}(-(0[1-9]|1[0-2]))?")
        public String period;
    }
}
