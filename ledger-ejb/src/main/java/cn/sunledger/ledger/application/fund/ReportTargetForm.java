package cn.sunledger.ledger.application.fund;

import java.math.BigDecimal;

/**
 * A county's or prefecture's targets for a year, in percent with at most two decimals, 0 to 100 (api.md
 * PUT /reports/targets).
 */
public record ReportTargetForm(String regionCode, int year, BigDecimal industryShare, BigDecimal centralFeeCap,
        BigDecimal provincialFeeCap) {
}
