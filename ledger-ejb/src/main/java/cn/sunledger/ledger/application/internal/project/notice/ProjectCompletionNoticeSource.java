package cn.sunledger.ledger.application.internal.project.notice;

import cn.sunledger.ledger.application.notice.spi.NoticeContent;
import cn.sunledger.ledger.application.notice.spi.NoticeSource;
import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.project.ProjectAction;
import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import cn.sunledger.ledger.domain.model.project.ProjectTransition;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * 项目完成公告 (no period): the accepted project, its acceptance, funds and performance targets. Actual spending
 * and the assets formed come from the fund and asset ledgers, which do not exist yet; the notice says so.
 */
@ApplicationScoped
public class ProjectCompletionNoticeSource implements NoticeSource {

    public static final String TYPE = "PROJECT_COMPLETION";

    @Inject
    ProjectNoticeContent projects;

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
        ProjectTransition accept = projects.store().lastTransition(s.project().id(), ProjectAction.ACCEPT).orElse(null);
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
        if (accept != null && accept.opinion() != null) {
            text.append("验收意见：").append(accept.opinion());
        }
        blocks.add(new Block.Paragraph(text.toString()));
        blocks.add(s.particulars(true));
        blocks.add(s.funds());
        // until the fund ledger records disbursements the ledger cannot state actual spending or assets formed
        blocks.add(new Block.Paragraph("上表金额为项目计划投资，不是实际支出。项目实际支出（按资金来源）及形成资产情况，"
                + "待资金拨付和资产登记核定后另行补充公告。"));
        blocks.add(s.indicators());
        return s.content(s.project().name() + "项目完成公告", s.countyName() + "农业农村局（乡村振兴局）", blocks);
    }

    /** The project's village and its natural villages (domain.md §7). */
    @Override
    public List<String> defaultRegions(Caller caller, String subjectId) {
        return projects.villageRegions(subjectId);
    }
}
