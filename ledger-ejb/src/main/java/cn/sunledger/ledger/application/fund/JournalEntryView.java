package cn.sunledger.ledger.application.fund;

import cn.sunledger.ledger.domain.model.fund.EntryKind;
import cn.sunledger.ledger.domain.model.fund.JournalLine;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** A posted entry as staff and auditors see it (api.md GET /journal); {@code reversedBy} is derived. */
public record JournalEntryView(String entryNo, EntryKind kind, LocalDate entryDate, LocalDateTime postedAt,
        String postedBy, List<JournalLine> lines, Map<String, String> particulars, String reverses, String reversedBy,
        String memo, String hash, String prevHash) {
}
