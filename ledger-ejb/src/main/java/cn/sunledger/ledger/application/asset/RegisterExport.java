package cn.sunledger.ledger.application.asset;

import cn.sunledger.ledger.application.fund.ExportFormat;

/**
 * A register export already checked (scope, filters): the query with its region and day resolved, the format, and the
 * file names (Chinese, e.g. 漾濞彝族自治县扶贫项目资产台账（截至2026-12-03）.xlsx, and an ASCII fallback). Writing it
 * is one streamed pass ({@link AssetRegisters#write}).
 */
public record RegisterExport(RegisterQuery query, String regionName, String countyName, ExportFormat format,
        String fileName, String asciiFileName) {

    public String mediaType() {
        return format.mediaType();
    }
}
