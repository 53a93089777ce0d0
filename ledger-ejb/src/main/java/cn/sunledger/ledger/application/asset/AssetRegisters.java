package cn.sunledger.ledger.application.asset;

import cn.sunledger.ledger.application.fund.ExportFormat;
import cn.sunledger.ledger.domain.service.access.Caller;
import java.io.OutputStream;

/**
 * The asset registers (issue 11 item 4; domain.md §5): the county 总账 and the township/village 明细台账 as of any day,
 * 期初/期末 of a year, their XLSX and PDF exports, and the printable 移交书. Every figure is derived from the asset
 * tables and their append-only events — a register as of a day shows the assets formed by then, with the status,
 * owners and operator their events up to that day gave them, and leaves out those disposed of by then. Nothing is
 * stored. VIEW_ASSETS in the region asked (403 outside the caller's scope).
 */
public interface AssetRegisters {

    /** The 总账 of the query's region as of its day (today if none). */
    RegisterTotals summary(Caller caller, RegisterQuery query);

    /** 期初 (as of Dec 31 of the year before) and 期末 (Dec 31 of the year, or today) for the query's filters. */
    RegisterBalance year(Caller caller, RegisterQuery query, int year);

    /** Checks the caller and the query and names the file, so that refusals come before anything is streamed. */
    RegisterExport export(Caller caller, RegisterQuery query, ExportFormat format);

    /** Writes the export: one forward-only query, row by row into the workbook or the PDF, and the totals. */
    void write(Caller caller, RegisterExport export, OutputStream out);

    /** The 移交书 of an asset as a printable A4 PDF (staff document; 404 for a handover not of that asset). */
    byte[] handoverPdf(Caller caller, long assetId, long handoverId);
}
