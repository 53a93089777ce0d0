package cn.sunledger.web.interfaces.rest.dto;

import cn.sunledger.ledger.application.fund.ReportTargetForm;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/**
 * PUT /api/reports/targets: a county's or prefecture's targets for a year, percentages as strings with at most two
 * decimals ("65.00"); the range 0–100 is the service's rule, so the page and the API refuse alike.
 */
public class ReportTargetRequest {

    static final String PERCENT = "\\d{1,3}(\\.\\d{1,2})?";

    @NotNull
    @Pattern(regexp = "\\d{12}")
    public String regionCode;

    @NotNull
    @Min(2000)
    @Max(2100)
    public Integer year;

    @NotNull
    @Pattern(regexp = PERCENT)
    public String industryShare;

    @NotNull
    @Pattern(regexp = PERCENT)
    public String centralFeeCap;

    @NotNull
    @Pattern(regexp = PERCENT)
    public String provincialFeeCap;

    public ReportTargetForm toForm() {
        return new ReportTargetForm(regionCode, year, new BigDecimal(industryShare), new BigDecimal(centralFeeCap),
                new BigDecimal(provincialFeeCap));
    }
}
