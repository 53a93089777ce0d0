package cn.sunledger.ledger.domain.service.region;

/**
 * One data row of a region import sheet, as text, with its spreadsheet row number (the header is row 1,
 * so the first data row is row 2 — the number a clerk sees in Excel).
 */
public record RegionRow(int row, String code, String name, String level, String parentCode, String validFrom,
        String validTo) {
}
