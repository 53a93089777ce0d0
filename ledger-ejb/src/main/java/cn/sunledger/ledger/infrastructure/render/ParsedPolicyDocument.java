package cn.sunledger.ledger.infrastructure.render;

import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.notice.document.NoticeDocument;

import java.time.LocalDate;
import java.util.List;

/**
 * What the parser recovered from one policy text. Metadata fields are null when the text does not state them.
 *
 * @param title     the document title, null if the page does not repeat it
 * @param issuer    the issuing body
 * @param docNumber the document number such as 维办发〔2022〕30号
 * @param date      the document's date
 * @param blocks    the body: headings, paragraphs and tables, without page furniture
 */
public record ParsedPolicyDocument(String title, String issuer, String docNumber, LocalDate date,
                                   List<Block> blocks) {

    public static final String POLICY_TYPE_CODE = "POLICY";
    public static final String POLICY_TYPE_LABEL = "政策文件";

    public ParsedPolicyDocument {
        blocks = List.copyOf(blocks);
    }

    /**
     * A draft 政策文件 notice carrying this document; the caller adds what only publication decides (notice
     * number, regions, the county's hotline, portal URL) before building.
     *
     * @throws IllegalStateException if title or issuer is unknown: a notice cannot go out without them
     */
    public NoticeDocument.Builder toDraftNotice() {
        if (title == null || issuer == null) {
            throw new IllegalStateException("title and issuer are needed for a notice");
        }
        return NoticeDocument.builder()
                .type(POLICY_TYPE_CODE, POLICY_TYPE_LABEL)
                .title(title)
                .issuer(issuer)
                .docNumber(docNumber)
                .publishedOn(date)
                .blocks(blocks)
                .draft(true);
    }
}
