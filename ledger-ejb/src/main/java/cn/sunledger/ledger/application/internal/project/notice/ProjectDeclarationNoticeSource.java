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
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 项目申报公示: the village's proposal with the village meeting's decision, before it is declared. */
@ApplicationScoped
public class ProjectDeclarationNoticeSource implements NoticeSource {

    public static final String TYPE = "PROJECT_DECLARATION";

    @Inject
    ProjectNoticeContent projects;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String chineseName() {
        return "项目申报公示";
    }

    @Override
    public String englishName() {
        return "Project declaration notice";
    }

    @Override
    public boolean hasPeriod() {
        return true;
    }

    @Override
    public NoticeContent content(Caller caller, String subjectId) {
        ProjectNoticeContent.Subject s = projects.subject(caller, subjectId, ProjectStatus.VILLAGE_NOTICE, TYPE);
        ProjectTransition submit = projects.store().lastTransition(s.project().id(), ProjectAction.SUBMIT).orElse(null);
        List<Block> blocks = new ArrayList<>();
        s.lateNote(blocks);
        String decision = submit == null || submit.decisionRef() == null ? "村民代表大会决议"
                : "村民代表大会决议（" + submit.decisionRef()
                        + (submit.decidedOn() == null ? "" : "，" + submit.decidedOn()) + "）";
        blocks.add(new Block.Paragraph("经" + s.villageName() + decision + "，拟申报以下项目纳入巩固拓展脱贫攻坚成果和"
                + "乡村振兴项目库，现予公示。公示期内如有异议，请向村民委员会或乡（镇）人民政府反映，也可拨打监督电话。"));
        blocks.add(s.particulars(true));
        blocks.add(s.funds());
        blocks.add(s.indicators());
        return s.lateContent(s.villageName() + "关于" + s.project().name() + "的项目申报公示",
                s.villageName() + "村民委员会", blocks);
    }

    /** The village meeting decided the proposal the notice announces: its date cannot follow the period's start. */
    @Override
    public void checkPeriod(String subjectId, LocalDate periodStart, LocalDate periodEnd) {
        ProjectTransition submit = projects.store().lastTransition(Long.parseLong(subjectId), ProjectAction.SUBMIT)
                .orElse(null);
        if (submit != null && submit.decidedOn() != null && periodStart != null
                && submit.decidedOn().isAfter(periodStart)) {
            throw LedgerException.rule("notice.decisionAfterPeriodStart", submit.decisionRef(),
                    submit.decidedOn().toString(), periodStart.toString());
        }
    }

    /** The project's village and its natural villages (domain.md §7). */
    @Override
    public List<String> defaultRegions(Caller caller, String subjectId) {
        return projects.villageRegions(subjectId);
    }
}
