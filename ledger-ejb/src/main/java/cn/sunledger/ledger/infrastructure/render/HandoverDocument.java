package cn.sunledger.ledger.infrastructure.render;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A 移交书 as it prints (domain.md §5): from the implementing unit to the owner, the assets handed over with their
 * 原值, the 验收 report, the archive list, the handover and 入账 dates, and both sides' signatures — the implementing
 * side's as recorded, the receiving owner's with its confirmation date once given. People appear by display name and
 * role, never by username. Amounts are already formatted text.
 */
public record HandoverDocument(String countyName, String title, String documentNo, String fromUnit, String toOwner,
        List<String> assetHeader, List<List<String>> assets, String totalValue, String assetList,
        String acceptanceReportRef, String archiveList, LocalDate handedOverOn, LocalDate bookedOn,
        String signedBy, LocalDate signedOn, String confirmedBy, LocalDate confirmedOn, String opinion,
        LocalDateTime generatedAt) {
}
