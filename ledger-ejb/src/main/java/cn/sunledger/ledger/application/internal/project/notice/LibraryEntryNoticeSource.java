package cn.sunledger.ledger.application.internal.project.notice;

import cn.sunledger.ledger.application.notice.spi.NoticeContent;
import cn.sunledger.ledger.application.notice.spi.NoticeSource;
import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.project.ProjectAction;
import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * 项目入库公告 (no period) of a county and year, subject {@code county12:year}: the 条目化 list of every project
 * of that year in the library or beyond, with a total row, and the projects removed (出库) that year with
 * their reasons.
 */
@ApplicationScoped
public class LibraryEntryNoticeSource implements NoticeSource {

    public static final String TYPE = "LIBRARY_ENTRY";
    static final Set<ProjectStatus> LISTED = EnumSet.of(ProjectStatus.IN_LIBRARY, ProjectStatus.PLANNED,
            ProjectStatus.IN_PROGRESS, ProjectStatus.COMPLETED, ProjectStatus.ACCEPTED);

    @Inject
    CountyProjectLists lists;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String chineseName() {
        return "项目入库公告";
    }

    @Override
    public String englishName() {
        return "Project library entry announcement";
    }

    @Override
    public boolean hasPeriod() {
        return false;
    }

    @Override
    public NoticeContent content(Caller caller, String subjectId) {
        CountyProjectLists.Subject s = lists.subject(caller, subjectId);
        List<CountyProjectLists.Row> projects = lists.projects(s, LISTED);
        if (projects.isEmpty()) {
            throw LedgerException.conflict("notice.noLibraryProjects", s.countyName(), String.valueOf(s.year()));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph("根据巩固拓展脱贫攻坚成果和乡村振兴项目库建设管理有关规定，经村申报、乡（镇）审核、"
                + "县级部门审查、县级领导小组审核并按程序审定，以下 " + projects.size() + " 个项目纳入" + s.countyName()
                + s.year() + "年度项目库，现予公告，接受社会监督。如有异议，请拨打监督电话反映。"));
        List<List<String>> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        int households = 0;
        int alleviated = 0;
        int monitored = 0;
        int n = 0;
        for (CountyProjectLists.Row p : projects) {
            rows.add(List.of(String.valueOf(++n), p.code(), p.name(), p.categoryName(), p.place(),
                    p.content() + (p.scale().isEmpty() ? "" : "（" + p.scale() + "）"), ProjectNoticeContent.money(p.total()),
                    p.period(), p.implementingUnit(), beneficiaries(p.households(), p.alleviatedHouseholds(),
                            p.monitoredHouseholds()), p.linkage()));
            total = total.add(p.total());
            households += p.households();
            alleviated += p.alleviatedHouseholds();
            monitored += p.monitoredHouseholds();
        }
        rows.add(List.of("合计", projects.size() + " 个", "", "", "", "", ProjectNoticeContent.money(total), "", "",
                beneficiaries(households, alleviated, monitored), ""));
        blocks.add(new Block.Table("入库项目清单", List.of("序号", "项目编号", "项目名称", "项目类别", "建设地点",
                "建设内容及规模", "计划投资（元）", "实施期限", "实施单位", "受益户数（其中脱贫户/监测户）", "联农带农机制"), rows));
        List<Object[]> removed = lists.em().createQuery("select p.code, p.name, t.at, t.opinion, t.decisionRef"
                + " from Project p, ProjectTransition t where t.projectId = p.id and t.action = :a"
                + " and p.countyCode = :c and p.year = :y and p.status = :removed order by t.at, t.id", Object[].class)
                .setParameter("a", ProjectAction.REMOVE).setParameter("c", s.county().value())
                .setParameter("y", s.year()).setParameter("removed", ProjectStatus.REMOVED).getResultList();
        if (!removed.isEmpty()) {
            List<List<String>> out = new ArrayList<>();
            int m = 0;
            for (Object[] r : removed) {
                out.add(List.of(String.valueOf(++m), (String) r[0], (String) r[1],
                        ((LocalDateTime) r[2]).toLocalDate().toString(), r[3] == null ? "" : (String) r[3],
                        r[4] == null ? "" : (String) r[4]));
            }
            blocks.add(new Block.Heading(1, "本年度出库项目"));
            blocks.add(new Block.Table("出库项目", List.of("序号", "项目编号", "项目名称", "出库日期", "出库理由", "依据"), out));
        }
        return new NoticeContent(s.countyName() + s.year() + "年度巩固拓展脱贫攻坚成果和乡村振兴项目入库公告", s.county(),
                s.countyName() + "农业农村局（乡村振兴局）", null, blocks, List.of());
    }

    /** The county: a county-wide list is posted on the county's portal (domain.md §7). */
    @Override
    public List<String> defaultRegions(Caller caller, String subjectId) {
        return List.of(lists.subject(caller, subjectId).county().value());
    }

    static String beneficiaries(int households, int alleviated, int monitored) {
        return households + " 户（" + alleviated + "/" + monitored + "）";
    }
}
