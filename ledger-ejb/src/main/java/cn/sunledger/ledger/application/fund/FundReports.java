package cn.sunledger.ledger.application.fund;

import cn.sunledger.ledger.domain.service.access.Caller;
import java.time.LocalDate;

/**
 * The fund ledger's reports (issue 10 item 5), every figure summed from journal lines dated up to the report's day —
 * no stored balance. A report covers the projects located in a region (prefecture, county, township or village)
 * for the fund documents of a year; {@code asOf} null means today. Refusals are LedgerExceptions (403 outside the
 * caller's region).
 */
public interface FundReports {

    /** 资金执行进度 by source, county, township and project. */
    FundExecution execution(Caller caller, String regionCode, int year, LocalDate asOf);

    /** The share of central 衔接资金 allocated to 产业发展 against the year's target. */
    IndustryShare industryShare(Caller caller, String regionCode, int year, LocalDate asOf);

    /** 项目管理费 of central and provincial funds against their caps. */
    ManagementFeeCheck managementFee(Caller caller, String regionCode, int year, LocalDate asOf);

    /** Planned vs allocated vs disbursed per project and fund source. */
    ProjectFunds projectFunds(Caller caller, String regionCode, int year, LocalDate asOf);

    /** The targets that apply to a region's year (its own, its prefecture's, or the defaults). */
    ReportTargets targets(Caller caller, String regionCode, int year);

    /** Sets a county's or prefecture's targets for a year (county finance, prefecture bureau, admin); audited. */
    ReportTargets setTargets(Caller caller, ReportTargetForm form);

    /** A report as XLSX or PDF, titled with the region's name, year, as-of day and the time it was generated. */
    ReportFile export(Caller caller, ReportKind report, ExportFormat format, String regionCode, int year,
            LocalDate asOf);
}
