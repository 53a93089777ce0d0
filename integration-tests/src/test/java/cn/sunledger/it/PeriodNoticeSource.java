package cn.sunledger.it;

import cn.sunledger.ledger.application.notice.spi.NoticeContent;
import cn.sunledger.ledger.application.notice.spi.NoticeSource;
import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * A notice type with a notice period, deployed only inside the test archive: the engine's period and
 * objection rules are exercised before the project library brings the real ones. The subject id is the
 * issuing county's code.
 */
@ApplicationScoped
public class PeriodNoticeSource implements NoticeSource {

    static final String TYPE = "TEST_PERIOD";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String chineseName() {
        return "测试公示";
    }

    @Override
    public String englishName() {
        return "Test notice with a period";
    }

    @Override
    public boolean hasPeriod() {
        return true;
    }

    @Override
    public NoticeContent content(Caller caller, String subjectId) {
        return new NoticeContent("受益户名单公示（测试）", RegionCode.of(subjectId), "县农业农村局", null,
                List.of(new Block.Paragraph("联系人王五，电话 13912345678，身份证 532922198001011238。")), List.of());
    }
}
