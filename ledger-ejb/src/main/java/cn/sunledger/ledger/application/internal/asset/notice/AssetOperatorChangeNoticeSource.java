package cn.sunledger.ledger.application.internal.asset.notice;

import cn.sunledger.ledger.application.asset.AssetNoticeTypes;
import cn.sunledger.ledger.application.internal.asset.notice.AssetNoticeSubjects.OperatorChange;
import cn.sunledger.ledger.application.notice.spi.NoticeContent;
import cn.sunledger.ledger.application.notice.spi.NoticeSource;
import cn.sunledger.ledger.domain.model.asset.Asset;
import cn.sunledger.ledger.domain.model.asset.AssetEvent;
import cn.sunledger.ledger.domain.model.asset.AssetEventKind;
import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.sunledger.ledger.application.internal.asset.notice.AssetNoticeSubject.date;
import static cn.sunledger.ledger.application.internal.project.notice.ProjectNoticeContent.money;

/**
 * 资产经营主体变更公示 (a period of at least 10 days; domain.md §5: changing the operator needs a village decision, a
 * notice without objection and township approval), subject one proposal of a new operator ({@code <asset id>-<seq>}):
 * the asset, how it is operated now and by whom, the operator the village decided on and its decision. The new
 * operator can be set only after this notice has cleared. A proposal already followed by an operation step is
 * history, and a notice is no longer drafted for it.
 */
@ApplicationScoped
public class AssetOperatorChangeNoticeSource implements NoticeSource {

    @Inject
    AssetNoticeSubjects subjects;

    @Override
    public String type() {
        return AssetNoticeTypes.OPERATOR_CHANGE;
    }

    @Override
    public String chineseName() {
        return "资产经营主体变更公示";
    }

    @Override
    public String englishName() {
        return "Asset operator change notice";
    }

    @Override
    public boolean hasPeriod() {
        return true;
    }

    @Override
    public NoticeContent content(Caller caller, String subjectId) {
        OperatorChange change = subjects.ofOperatorChange(caller, subjectId);
        AssetNoticeSubject s = change.subject();
        Asset.State a = s.state();
        AssetEvent proposal = change.proposal();
        boolean settled = s.asset().history().stream()
                .anyMatch(e -> e.kind() == AssetEventKind.OPERATION_SET && e.seq() > proposal.seq());
        if (settled) {
            throw LedgerException.rule("asset.operatorChangeSettled", a.code(), proposal.details().get("operator"));
        }
        String next = proposal.details().get("operator");
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph("经" + (proposal.documentRef() == null ? "村民代表大会决议" : proposal.documentRef())
                + "（" + date(proposal.on()) + "），拟将" + a.name() + "的经营主体由" + a.operator() + "变更为" + next
                + "。现予公示，接受群众监督。如有异议，请在公示期内拨打监督电话或向村（社区）反映；公示期满且无异议，"
                + "经乡镇审核同意后方可变更。"));
        blocks.add(s.particulars());
        blocks.add(s.ownership());
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("运营方式", a.operationMode() == null ? "尚未确定" : a.operationMode().chineseName()));
        rows.add(List.of("现经营主体", a.operator()));
        if (a.contractFrom() != null || a.contractTo() != null) {
            rows.add(List.of("现合同期限", date(a.contractFrom()) + " 至 " + date(a.contractTo())));
        }
        if (a.expectedAnnualIncome() != null) {
            rows.add(List.of("现预期年收益（元）", money(a.expectedAnnualIncome().toBigDecimal())));
        }
        rows.add(List.of("拟变更经营主体", next));
        rows.add(List.of("村级决议", (proposal.documentRef() == null ? "" : proposal.documentRef() + "，")
                + date(proposal.on())));
        blocks.add(new Block.Table("经营主体变更情况", List.of("项目", "内容"), rows));
        return new NoticeContent(s.place() + a.name() + "资产经营主体变更公示", s.county(),
                s.countyName() + "农业农村局（乡村振兴局）", null, blocks, List.of());
    }

    @Override
    public List<String> defaultRegions(Caller caller, String subjectId) {
        return subjects.postingRegions(subjects.ofOperatorChange(caller, subjectId).subject().asset());
    }

    /** The change is announced once the village has decided it: the period cannot run from before that day. */
    @Override
    public void checkPeriod(String subjectId, LocalDate periodStart, LocalDate periodEnd) {
        AssetEvent proposal = periodStart == null ? null : subjects.operatorProposal(subjectId);
        if (proposal != null && periodStart.isBefore(proposal.on())) {
            throw LedgerException.rule("asset.noticeBeforeProposal", periodStart.toString(), proposal.on().toString());
        }
    }
}
