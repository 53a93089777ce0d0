package cn.sunledger.ledger.application.notice.spi;

import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import java.util.List;

/**
 * What a notice says, drawn from ledger data: title, the issuing region (whose transparency log records it:
 * a county or the prefecture) and unit, document number, body blocks and attachment names. Personal data may
 * appear here as stored; the renderers mask it.
 */
public record NoticeContent(String title, RegionCode issuerRegion, String issuerName, String docNumber,
        List<Block> blocks, List<String> attachments) {

    public NoticeContent {
        blocks = List.copyOf(blocks);
        attachments = List.copyOf(attachments);
    }
}
