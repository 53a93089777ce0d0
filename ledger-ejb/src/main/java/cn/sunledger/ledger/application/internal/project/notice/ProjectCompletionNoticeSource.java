package cn.sunledger.ledger.application.internal.project.notice;

import cn.sunledger.ledger.application.internal.asset.AssetStore;
import cn.sunledger.ledger.application.internal.project.AcceptanceStore;
import cn.sunledger.ledger.application.notice.spi.NoticeContent;
import cn.sunledger.ledger.application.notice.spi.NoticeSource;
import cn.sunledger.ledger.application.project.ProjectFunds;
import cn.sunledger.ledger.application.project.ProjectMoney;
import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.project.Acceptance;
import cn.sunledger.ledger.domain.model.project.Indicator;
import cn.sunledger.ledger.domain.model.project.ProjectAction;
import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import cn.sunledger.ledger.domain.model.project.ProjectTransition;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 项目完成公告 (no period): the accepted project, its acceptance and report, its funds by source — planned beside
 * what the fund ledger allocated and paid — and each performance target beside the actual value recorded at
 * acceptance (domain.md §7), and the assets registered from it so far (its part of each one's 原值). Assets are
 * usually registered after acceptance, and so after this notice: when none is registered yet the notice says that
 * they will be announced (资产确权移交公示) once registered.
 */
@ApplicationScoped
public class ProjectCompletionNoticeSource implements NoticeSource {

    public static final String TYPE = "PROJECT_COMPLETION";

    @Inject
    ProjectNoticeContent projects;

    @Inject
    ProjectFunds funds;

    @Inject
    AcceptanceStore acceptances;

    @Inject
    AssetStore assets;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String chineseName() {
        return "项目完成公告";
    }

    @Override
    public String englishName() {
        return "Project completion announcement";
    }

    @Override
    public boolean hasPeriod() {
        return false;
    }

    @Override
    public NoticeContent content(Caller caller, String subjectId) {
        ProjectNoticeContent.Subject s = projects.subject(caller, subjectId, ProjectStatus.ACCEPTED, TYPE);
        long id = s.project().id();
        ProjectTransition accept = projects.store().lastTransition(id, ProjectAction.ACCEPT).orElse(null);
        Optional<AcceptanceStore.Recorded> acceptance = acceptances.find(id);
        List<Block> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder("以下项目已完成建设并通过验收");
        if (accept != null && accept.decisionRef() != null) {
            text.append("（验收依据：").append(accept.decisionRef());
            if (accept.decidedOn() != null) {
                text.append("，").append(accept.decidedOn());
            }
            text.append("）");
        }
        text.append("，现将项目完成情况予以公告。");
        acceptance.ifPresent(a -> text.append("验收报告：").append(a.acceptance().reportRef()).append("。"));
        if (accept != null && accept.opinion() != null) {
            text.append("验收意见：").append(accept.opinion());
        }
        blocks.add(new Block.Paragraph(text.toString()));
        blocks.add(s.particulars(true));
        blocks.add(fundsUsed(funds.of(caller, id)));
        blocks.add(new Block.Paragraph("已分配、已拨付金额为资金台账截至本公告生成时的记账数（红字冲销已扣除），"
                + "按资金来源列示。"));
        blocks.add(assetsFormed(assets.formedFrom(id)));
        blocks.add(acceptance.map(a -> performance(s.project().indicators(), a.acceptance()))
                .orElseGet(() -> unrecordedPerformance(s)));
        return s.content(s.project().name() + "项目完成公告", s.countyName() + "农业农村局（乡村振兴局）", blocks);
    }

    /** Planned beside what the journal allocated and paid, by source: funds actually used, never a plan for them. */
    static Block.Table fundsUsed(ProjectMoney money) {
        List<List<String>> rows = new ArrayList<>();
        for (ProjectMoney.Line l : money.bySource()) {
            rows.add(List.of(l.source().chineseName(), yuan(l.planned()), yuan(l.allocated()), yuan(l.disbursed())));
        }
        ProjectMoney.Line t = money.total();
        rows.add(List.of("合计", yuan(t.planned()), yuan(t.allocated()), yuan(t.disbursed())));
        return new Block.Table("资金来源及使用情况", List.of("资金来源", "计划投资（元）", "已分配（元）", "已拨付（元）"), rows);
    }

    /** 形成资产: the assets registered from the project, or, before any is, that they will be announced. */
    static Block assetsFormed(List<AssetStore.FormedAsset> formed) {
        if (formed.isEmpty()) {
            return new Block.Paragraph("形成资产：截至本公告生成时尚未登记，资产登记确权后另行公示（资产确权移交公示）。");
        }
        List<List<String>> rows = new ArrayList<>();
        for (AssetStore.FormedAsset a : formed) {
            rows.add(List.of(a.code(), a.name(), a.assetClass().chineseName() + "（" + a.subType() + "）",
                    yuan(a.fromProject())));
        }
        return new Block.Table("形成资产", List.of("资产编号", "资产名称", "资产类别", "本项目形成原值（元）"), rows);
    }

    /** 绩效自评: each indicator's target beside the actual value recorded at acceptance. */
    static Block performance(List<Indicator> indicators, Acceptance acceptance) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator ind = indicators.get(i);
            rows.add(List.of(ind.kind().chineseName(), ind.name(), ind.target(), acceptance.actuals().get(i),
                    ind.unit() == null ? "" : ind.unit()));
        }
        return new Block.Table("绩效目标完成情况", List.of("指标类别", "指标名称", "目标值", "实际完成值", "单位"), rows);
    }

    /** A project accepted before actual values were recorded: its targets, and a plain statement that they are all. */
    private static Block unrecordedPerformance(ProjectNoticeContent.Subject s) {
        if (s.project().indicators().isEmpty()) {
            return new Block.Paragraph("绩效目标：未填写。");
        }
        return new Block.Table("绩效目标（验收时未录入实际完成值）", List.of("指标类别", "指标名称", "目标值", "单位"),
                s.project().indicators().stream().map(i -> List.of(i.kind().chineseName(), i.name(), i.target(),
                        i.unit() == null ? "" : i.unit())).toList());
    }

    private static String yuan(Money m) {
        return ProjectNoticeContent.money(m.toBigDecimal());
    }

    /** The project's village and its natural villages (domain.md §7). */
    @Override
    public List<String> defaultRegions(Caller caller, String subjectId) {
        return projects.villageRegions(subjectId);
    }
}
