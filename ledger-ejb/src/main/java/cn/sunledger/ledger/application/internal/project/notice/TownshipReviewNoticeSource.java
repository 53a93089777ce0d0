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

/** 乡镇审核公示: the project the township approved, with the township's opinion, before the county review. */
@ApplicationScoped
public class TownshipReviewNoticeSource implements NoticeSource {

    public static final String TYPE = "TOWNSHIP_REVIEW";

    @Inject
    ProjectNoticeContent projects;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String chineseName() {
        return "乡镇审核公示";
    }

    @Override
    public String englishName() {
        return "Township review notice";
    }

    @Override
    public boolean hasPeriod() {
        return true;
    }

    @Override
    public NoticeContent content(Caller caller, String subjectId) {
        ProjectNoticeContent.Subject s = projects.subject(caller, subjectId, ProjectStatus.TOWNSHIP_APPROVED, TYPE);
        ProjectTransition review = projects.store().lastTransition(s.project().id(), ProjectAction.TOWNSHIP_APPROVE)
                .orElse(null);
        List<Block> blocks = new ArrayList<>();
        s.lateNote(blocks);
        blocks.add(new Block.Paragraph(s.townshipName() + "人民政府对" + s.villageName() + "申报的项目进行了审核，"
                + "现将审核结果予以公示。公示期内如有异议，请向乡（镇）人民政府反映，也可拨打监督电话。"));
        String opinion = review == null || review.opinion() == null ? "审核通过" : review.opinion();
        String ref = review == null || review.decisionRef() == null ? "" : review.decisionRef();
        blocks.add(new Block.Table("审核意见", List.of("项目编号", "项目名称", "计划总投资（元）", "审核意见", "依据"),
                List.of(List.of(s.project().code(), s.project().name(),
                        ProjectNoticeContent.money(s.project().totalInvestment()), opinion, ref))));
        blocks.add(s.particulars(true));
        blocks.add(s.funds());
        blocks.add(s.indicators());
        return s.lateContent(s.townshipName() + "关于" + s.project().name() + "的乡镇审核公示",
                s.townshipName() + "人民政府", blocks);
    }

    /** The township, the project's village and its natural villages (domain.md §7). */
    @Override
    public List<String> defaultRegions(Caller caller, String subjectId) {
        List<String> codes = new ArrayList<>();
        codes.add(projects.store().find(subjectId).township().value());
        codes.addAll(projects.villageRegions(subjectId));
        return codes;
    }
}
