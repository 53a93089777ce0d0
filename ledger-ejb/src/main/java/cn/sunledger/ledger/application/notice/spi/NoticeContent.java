package cn.sunledger.ledger.application.notice.spi;

import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import java.util.List;

/**
 * What a notice says, drawn from ledger data: title, the issuing region (whose transparency log records it:
 * a county or the prefecture) and unit, document number, body blocks and attachment names. Personal data may
 * appear here as stored; the renderers mask it. {@code late} marks a 补公示: a notice published after the step
 * it should have preceded (an emergency project's village and township notices); the publication is flagged.
 */
public record NoticeContent(String title, RegionCode issuerRegion, String issuerName, String docNumber,
        List<Block> blocks, List<String> attachments, boolean late) {

    public NoticeContent {
        blocks = List.copyOf(blocks);
        attachments = List.copyOf(attachments);
    }

    public NoticeContent(String title, RegionCode issuerRegion, String issuerName, String docNumber,
            List<Block> blocks, List<String> attachments) {
        this(title, issuerRegion, issuerName, docNumber, blocks, attachments, false);
    }
}
