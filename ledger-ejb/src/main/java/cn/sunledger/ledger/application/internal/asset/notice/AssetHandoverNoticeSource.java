package cn.sunledger.ledger.application.internal.asset.notice;

import cn.sunledger.ledger.application.asset.AssetNoticeTypes;
import cn.sunledger.ledger.application.internal.asset.AssetStore;
import cn.sunledger.ledger.application.notice.spi.NoticeContent;
import cn.sunledger.ledger.application.notice.spi.NoticeSource;
import cn.sunledger.ledger.domain.model.asset.Asset;
import cn.sunledger.ledger.domain.model.asset.AssetEventKind;
import cn.sunledger.ledger.domain.model.asset.AssetStage;
import cn.sunledger.ledger.domain.model.asset.Handover;
import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.sunledger.ledger.application.internal.asset.notice.AssetNoticeSubject.blankAs;
import static cn.sunledger.ledger.application.internal.asset.notice.AssetNoticeSubject.date;
import static cn.sunledger.ledger.application.internal.project.notice.ProjectNoticeContent.money;

/**
 * 资产确权移交公示 (a period of at least 10 days; domain.md §7: after handover), subject an asset's id: the asset, its
 * 原值 by fund source, its owners, the 移交书 both sides signed, and how it is operated and who looks after it — as the
 * register holds them when the notice is drafted. A term not decided yet (no operator, no 管护主体) is printed as not
 * decided, never guessed. Issued by the county's rural bureau, which records the handover; posted at the owner's
 * level and in its natural villages. The period cannot start before the receipt was confirmed.
 */
@ApplicationScoped
public class AssetHandoverNoticeSource implements NoticeSource {

    public static final String TYPE = AssetNoticeTypes.HANDOVER;

    @Inject
    AssetNoticeSubjects subjects;

    @Inject
    AssetStore assets;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String chineseName() {
        return "资产确权移交公示";
    }

    @Override
    public String englishName() {
        return "Asset ownership and handover notice";
    }

    @Override
    public boolean hasPeriod() {
        return true;
    }

    @Override
    public NoticeContent content(Caller caller, String subjectId) {
        AssetNoticeSubject s = subjects.ofAsset(caller, subjectId);
        Asset.State a = s.state();
        if (a.stage() != AssetStage.HANDED_OVER) {
            throw LedgerException.rule("asset.handoverNoticeStage", a.code(), a.stage().chineseName());
        }
        Handover h = s.asset().handovers().stream().filter(Handover::isConfirmed).reduce((x, y) -> y)
                .orElseThrow(() -> LedgerException.rule("asset.handoverNoticeStage", a.code(), a.stage().chineseName()));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph("根据扶贫（帮扶）项目资产管理有关规定，" + a.name() + "已完成确权登记，并由"
                + h.fromUnit() + "移交" + h.toOwner() + "，接收方已于 " + date(h.confirmedOn()) + " 确认接收。现将资产确权"
                + "和移交情况予以公示，接受群众监督。如有异议，请在公示期内拨打监督电话或向村（社区）反映。"));
        blocks.add(s.particulars());
        blocks.add(s.valueBySource());
        blocks.add(s.ownership());
        List<List<String>> handover = new ArrayList<>();
        handover.add(List.of("移交方", h.fromUnit()));
        handover.add(List.of("接收方", h.toOwner()));
        handover.add(List.of("移交日期", date(h.handedOverOn())));
        handover.add(List.of("入账日期", date(h.bookedOn())));
        handover.add(List.of("验收报告", blankAs(h.acceptanceReportRef(), "未填写")));
        handover.add(List.of("接收确认日期", date(h.confirmedOn())));
        blocks.add(new Block.Table("资产移交情况", List.of("项目", "内容"), handover));
        blocks.add(operation(a));
        return new NoticeContent(s.place() + a.name() + "资产确权移交公示", s.county(),
                s.countyName() + "农业农村局（乡村振兴局）", null, blocks, List.of());
    }

    /** 运营 and 管护 as recorded; what is not decided yet says so. */
    private static Block.Table operation(Asset.State a) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("运营方式", a.operationMode() == null ? "尚未确定" : a.operationMode().chineseName()));
        if (a.operationMode() != null) {
            rows.add(List.of("经营主体", blankAs(a.operator(), "村集体自主经营")));
        }
        if (a.contractFrom() != null || a.contractTo() != null) {
            rows.add(List.of("合同期限", date(a.contractFrom()) + " 至 " + date(a.contractTo())));
        }
        if (a.expectedAnnualIncome() != null) {
            rows.add(List.of("预期年收益（元）", money(a.expectedAnnualIncome().toBigDecimal())));
        }
        rows.add(List.of("管护主体", blankAs(a.caretaker(), "尚未确定")));
        return new Block.Table("运营管护情况", List.of("项目", "内容"), rows);
    }

    @Override
    public List<String> defaultRegions(Caller caller, String subjectId) {
        return subjects.postingRegions(subjects.ofAsset(caller, subjectId).asset());
    }

    /** The handover is public once the owner has confirmed receipt: the period cannot run from before that day. */
    @Override
    public void checkPeriod(String subjectId, LocalDate periodStart, LocalDate periodEnd) {
        if (periodStart == null) {
            return; // the engine refuses a missing period itself
        }
        long id;
        try {
            id = Long.parseLong(subjectId);
        } catch (NumberFormatException e) {
            return;
        }
        LocalDate received = AssetNoticeSubject.lastOn(assets.events(id), AssetEventKind.HANDOVER_CONFIRMED, e -> true);
        if (received != null && periodStart.isBefore(received)) {
            throw LedgerException.rule("asset.noticeBeforeHandover", periodStart.toString(), received.toString());
        }
    }
}
