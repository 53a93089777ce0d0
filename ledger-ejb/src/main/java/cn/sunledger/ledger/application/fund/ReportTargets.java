package cn.sunledger.ledger.application.fund;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * The figures a year's reports are measured against, in percent: the share of central 衔接资金 that should go to
 * 产业发展 and the 项目管理费 caps of central and provincial funds. A county's own setting wins, then its
 * prefecture's, then the national defaults (60%, 1%, 3%).
 *
 * @param id        the setting's record (its history: GET /api/audit/report-target/{id}), null for the defaults
 * @param setFor    the region whose setting applies, null for the defaults
 * @param updatedBy who last set it (null for the defaults)
 */
public record ReportTargets(Long id, int year, BigDecimal industryShare, BigDecimal centralFeeCap, BigDecimal provincialFeeCap,
        String setFor, String setForName, String updatedBy, LocalDateTime updatedAt) {

    public static final BigDecimal DEFAULT_INDUSTRY_SHARE = new BigDecimal("60.00");
    public static final BigDecimal DEFAULT_CENTRAL_FEE_CAP = new BigDecimal("1.00");
    public static final BigDecimal DEFAULT_PROVINCIAL_FEE_CAP = new BigDecimal("3.00");

    public static ReportTargets defaults(int year) {
        return new ReportTargets(null, year, DEFAULT_INDUSTRY_SHARE, DEFAULT_CENTRAL_FEE_CAP, DEFAULT_PROVINCIAL_FEE_CAP,
                null, null, null, null);
    }

    public boolean isDefault() {
        return setFor == null;
    }
}
