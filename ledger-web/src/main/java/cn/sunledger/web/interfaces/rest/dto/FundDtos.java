package cn.sunledger.web.interfaces.rest.dto;

import cn.sunledger.ledger.application.fund.ChainCheck;
import cn.sunledger.ledger.application.fund.DocumentScan;
import cn.sunledger.ledger.application.fund.FundDocumentView;
import cn.sunledger.ledger.application.fund.JournalEntryView;
import cn.sunledger.ledger.application.fund.PeriodClose;
import cn.sunledger.ledger.application.fund.Posting;
import cn.sunledger.ledger.domain.model.fund.JournalLine;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The fund ledger's answers in api.md's shapes: money as strings, codes beside their Chinese labels. */
public final class FundDtos {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private FundDtos() {
    }

    public record PostingDto(String entryNo, String hash, String prevHash, Long id, boolean postedInCurrentPeriod) {
        public static PostingDto of(Posting p) {
            return new PostingDto(p.entryNo(), p.hash(), p.prevHash(), p.recordId(), p.inLaterPeriod());
        }
    }

    public record DocumentDto(long id, String docNumber, String source, String sourceName, String level,
            String levelName, String regionCode, int year, LocalDate issuedOn, String amount, String purpose,
            String allocated, String disbursed, String remaining, String entryNo, ScanDto scan) {
        public static DocumentDto of(FundDocumentView d) {
            return of(d, null);
        }

        /** With the document's scan described, or {@code scan: null} when none is attached. */
        public static DocumentDto of(FundDocumentView d, DocumentScan scan) {
            return new DocumentDto(d.id(), d.docNumber(), d.source().name(), d.source().chineseName(), d.level().name(),
                    d.level().label(), d.regionCode(), d.year(), d.issuedOn(), d.amount().toString(), d.purpose(),
                    d.allocated().toString(), d.disbursed().toString(), d.remaining().toString(), d.entryNo(),
                    scan == null ? null : ScanDto.of(scan));
        }
    }

    /** A fund document's scan, described (its bytes are GET …/fund-documents/{id}/attachment). */
    public record ScanDto(String fileName, String mediaType, int size, OffsetDateTime attachedAt) {
        /** The multipart part that carries the scan. */
        public static final String PART = "file";

        public static ScanDto of(DocumentScan s) {
            return new ScanDto(s.fileName(), s.mediaType(), s.byteSize(), s.attachedAt().atZone(ZONE).toOffsetDateTime());
        }
    }

    /** A journal line: on the fund side (document, source, allocation, project) or the owner side (owner, asset). */
    public record LineDto(String account, String accountName, Long fundDocumentId, Long allocationId, Long projectId,
            String source, Long assetId, String ownerRegion, String ownerName, String debit, String credit) {
        static LineDto of(JournalLine l) {
            return new LineDto(l.account().name(), l.account().label(), l.fundDocumentId(), l.allocationId(),
                    l.projectId(), l.source() == null ? null : l.source().name(), l.assetId(), l.ownerRegion(),
                    l.ownerName(), l.debit().toString(), l.credit().toString());
        }
    }

    public record EntryDto(String entryNo, String kind, String kindName, LocalDate entryDate, OffsetDateTime postedAt,
            String postedBy, List<LineDto> lines, Map<String, String> particulars, String reverses, String reversedBy,
            String memo, String hash, String prevHash) {
        public static EntryDto of(JournalEntryView e) {
            return new EntryDto(e.entryNo(), e.kind().name(), e.kind().label(), e.entryDate(),
                    e.postedAt().atZone(ZONE).toOffsetDateTime(), e.postedBy(), e.lines().stream().map(LineDto::of)
                    .toList(), e.particulars(), e.reverses(), e.reversedBy(), e.memo(), e.hash(), e.prevHash());
        }
    }

    public record PeriodCloseDto(String regionCode, String period, OffsetDateTime closedAt, long entries,
            String debitTotal, String lastEntryNo, String lastHash) {
        public static PeriodCloseDto of(PeriodClose p) {
            return new PeriodCloseDto(p.regionCode(), p.period(), p.closedAt().atZone(ZONE).toOffsetDateTime(),
                    p.entries(), p.debitTotal().setScale(2).toPlainString(), p.lastEntryNo(), p.lastHash());
        }
    }

    public record ChainCheckDto(String regionCode, int checked, boolean intact, String firstBadEntry, String problem,
            Long checkpointSize, String checkpointRoot, Long badLogIndex, String detail) {
        public static ChainCheckDto of(ChainCheck c) {
            return new ChainCheckDto(c.regionCode(), c.checked(), c.intact(), c.firstBadEntry(), c.problem(),
                    c.checkpointSize(), c.checkpointRoot(), c.badLogIndex(), c.detail());
        }
    }
}
