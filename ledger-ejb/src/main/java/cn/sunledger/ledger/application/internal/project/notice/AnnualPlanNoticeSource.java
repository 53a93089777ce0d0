package cn.sunledger.ledger.application.internal.project.notice;

import cn.sunledger.ledger.application.notice.spi.NoticeContent;
import cn.sunledger.ledger.application.notice.spi.NoticeSource;
import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.project.FundShare;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.project.Indicator;
import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 年度项目计划公告（含调整）(no period) of a county and year, subject {@code county12:year}: the projects planned
 * or beyond with their funds by source (a column per source used) and 绩效目标; when planned projects were
 * adjusted, rolled over or removed that year, a 计划调整情况 section and a title ending （调整）.
 */
@ApplicationScoped
public class AnnualPlanNoticeSource implements NoticeSource {

    public static final String TYPE = "ANNUAL_PLAN";
    static final Set<ProjectStatus> PLANNED_OR_BEYOND = EnumSet.of(ProjectStatus.PLANNED, ProjectStatus.IN_PROGRESS,
            ProjectStatus.COMPLETED, ProjectStatus.ACCEPTED);

    @Inject
    CountyProjectLists lists;

    @Inject
    PlanChanges planChanges;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String chineseName() {
        return "年度项目计划公告";
    }

    @Override
    public String englishName() {
        return "Annual project plan announcement";
    }

    @Override
    public boolean hasPeriod() {
        return false;
    }

    @Override
    public NoticeContent content(Caller caller, String subjectId) {
        CountyProjectLists.Subject s = lists.subject(caller, subjectId);
        List<CountyProjectLists.Row> projects = lists.projects(s, PLANNED_OR_BEYOND);
        List<List<String>> changes = planChanges.of(s);
        if (projects.isEmpty() && changes.isEmpty()) {
            throw LedgerException.conflict("notice.noPlannedProjects", s.countyName(), String.valueOf(s.year()));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph("经" + s.countyName() + "巩固拓展脱贫攻坚成果和乡村振兴领导小组研究审定，现将"
                + s.countyName() + s.year() + "年度巩固拓展脱贫攻坚成果和乡村振兴项目计划"
                + (changes.isEmpty() ? "" : "及计划调整情况") + "予以公告，接受社会监督。如有异议，请拨打监督电话反映。"));
        if (!projects.isEmpty()) {
            blocks.add(fundsTable(projects));
            blocks.add(targetsTable(projects));
        }
        if (!changes.isEmpty()) {
            blocks.add(new Block.Heading(1, "计划调整情况"));
            blocks.add(new Block.Table("计划调整情况", List.of("序号", "项目编号", "项目名称", "调整事项", "调整前", "调整后",
                    "调整理由", "批准文号"), changes));
        }
        return new NoticeContent(s.countyName() + s.year() + "年度巩固拓展脱贫攻坚成果和乡村振兴项目计划公告"
                + (changes.isEmpty() ? "" : "（调整）"), s.county(), s.countyName() + "农业农村局（乡村振兴局）", null,
                blocks, List.of());
    }

    /** The county: a county-wide plan is posted on the county's portal (domain.md §7). */
    @Override
    public List<String> defaultRegions(Caller caller, String subjectId) {
        return List.of(lists.subject(caller, subjectId).county().value());
    }

    private static Block.Table fundsTable(List<CountyProjectLists.Row> projects) {
        Set<FundSource> used = EnumSet.noneOf(FundSource.class);
        projects.forEach(p -> p.funds().forEach(f -> used.add(f.source())));
        List<String> header = new ArrayList<>(List.of("序号", "项目编号", "项目名称", "建设地点", "建设内容及规模",
                "实施期限", "实施单位"));
        used.forEach(source -> header.add(source.chineseName() + "（元）"));
        header.add("计划投资合计（元）");
        Map<FundSource, BigDecimal> sums = new EnumMap<>(FundSource.class);
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (CountyProjectLists.Row p : projects) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(++n), p.code(), p.name(), p.place(),
                    p.content() + (p.scale().isEmpty() ? "" : "（" + p.scale() + "）"), p.period(), p.implementingUnit()));
            for (FundSource source : used) {
                BigDecimal amount = p.funds().stream().filter(f -> f.source() == source).map(FundShare::amount)
                        .findFirst().orElse(null);
                row.add(amount == null ? "" : ProjectNoticeContent.money(amount));
                if (amount != null) {
                    sums.merge(source, amount, BigDecimal::add);
                }
            }
            row.add(ProjectNoticeContent.money(p.total()));
            total = total.add(p.total());
            rows.add(row);
        }
        List<String> sumRow = new ArrayList<>(List.of("合计", projects.size() + " 个", "", "", "", "", ""));
        used.forEach(source -> sumRow.add(ProjectNoticeContent.money(sums.get(source))));
        sumRow.add(ProjectNoticeContent.money(total));
        rows.add(sumRow);
        return new Block.Table("年度项目计划及资金来源", header, rows);
    }

    private static Block.Table targetsTable(List<CountyProjectLists.Row> projects) {
        List<List<String>> rows = new ArrayList<>();
        for (CountyProjectLists.Row p : projects) {
            for (Indicator i : p.indicators()) {
                rows.add(List.of(p.code(), p.name(), i.kind().chineseName(), i.name(), i.target(),
                        i.unit() == null ? "" : i.unit()));
            }
        }
        if (rows.isEmpty()) {
            rows.add(List.of("", "", "", "未填写", "", ""));
        }
        return new Block.Table("绩效目标", List.of("项目编号", "项目名称", "指标类别", "指标名称", "目标值", "单位"), rows);
    }
}
