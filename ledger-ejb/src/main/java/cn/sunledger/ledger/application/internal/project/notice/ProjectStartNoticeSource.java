package cn.sunledger.ledger.application.internal.project.notice;

import cn.sunledger.ledger.application.notice.spi.NoticeContent;
import cn.sunledger.ledger.application.notice.spi.NoticeSource;
import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * 项目实施前公示: name, place, content, amount and source, time limit, unit and person in charge, 绩效目标 and
 * 联农带农 of a planned project before it starts (the engine adds the supervision hotlines).
 */
@ApplicationScoped
public class ProjectStartNoticeSource implements NoticeSource {

    public static final String TYPE = "PROJECT_START";

    @Inject
    ProjectNoticeContent projects;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String chineseName() {
        return "项目实施前公示";
    }

    @Override
    public String englishName() {
        return "Notice before a project starts";
    }

    @Override
    public boolean hasPeriod() {
        return true;
    }

    @Override
    public NoticeContent content(Caller caller, String subjectId) {
        ProjectNoticeContent.Subject s = projects.subject(caller, subjectId, ProjectStatus.PLANNED, TYPE);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph("以下项目已纳入年度项目计划，拟于近期开工实施，现将项目有关情况予以公示，"
                + "接受群众监督。公示期内如有异议，请向项目实施单位或主管部门反映，也可拨打监督电话。"));
        blocks.add(s.particulars(true));
        blocks.add(s.funds());
        blocks.add(s.indicators());
        return s.content(s.project().name() + "项目实施前公示", s.countyName() + "农业农村局（乡村振兴局）", blocks);
    }

    /** The project's village and its natural villages (domain.md §7). */
    @Override
    public List<String> defaultRegions(Caller caller, String subjectId) {
        return projects.villageRegions(subjectId);
    }
}
