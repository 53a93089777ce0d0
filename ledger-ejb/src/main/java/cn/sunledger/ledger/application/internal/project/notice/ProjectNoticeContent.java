package cn.sunledger.ledger.application.internal.project.notice;

import cn.sunledger.ledger.application.internal.project.ProjectStore;
import cn.sunledger.ledger.application.notice.spi.NoticeContent;
import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.project.Beneficiaries;
import cn.sunledger.ledger.domain.model.project.FundShare;
import cn.sunledger.ledger.domain.model.project.Indicator;
import cn.sunledger.ledger.domain.model.project.Project;
import cn.sunledger.ledger.domain.model.project.ProjectCategory;
import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import cn.sunledger.ledger.domain.model.region.Region;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionRepository;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the project notices share: the project found in the caller's scope, the names of its places, and the
 * blocks every project notice shows (the project's particulars, its fund sources and its 绩效目标 as tables).
 */
@ApplicationScoped
public class ProjectNoticeContent {

    @Inject
    ProjectStore projects;

    @Inject
    RegionRepository regions;

    /** The project behind a notice, checked against the caller's scope and the earliest status it may have. */
    public Subject subject(Caller caller, String subjectId, ProjectStatus earliest, String type) {
        Project p = projects.find(subjectId);
        AccessPolicy.require(caller, Action.VIEW_PROJECTS, p.village());
        if (p.status() == ProjectStatus.REMOVED || p.status().ordinal() < earliest.ordinal()) {
            throw LedgerException.conflict("project.noticeTooEarly", type, p.code(), p.status().name());
        }
        Map<String, Region> names = regions.findAll(Stream.concat(
                Stream.of(p.village(), p.township(), p.county()), p.naturalVillages().stream())
                .map(RegionCode::value).toList());
        String category = projects.category(p.categoryCode()).map(ProjectCategory::name).orElse(p.categoryCode());
        return new Subject(p, names, category);
    }

    /** The village and its natural villages of the project {@code subjectId}: where village-level notices go. */
    public List<String> villageRegions(String subjectId) {
        Project p = projects.find(subjectId);
        List<String> codes = new ArrayList<>();
        codes.add(p.village().value());
        p.naturalVillages().forEach(nv -> codes.add(nv.value()));
        return codes;
    }

    public ProjectStore store() {
        return projects;
    }

    /** The project, its places' names and its category's name. */
    public record Subject(Project project, Map<String, Region> regionNames, String categoryName) {

        public String name(RegionCode code) {
            Region r = regionNames.get(code.value());
            return r == null ? code.value() : r.name();
        }

        public String villageName() {
            return name(project.village());
        }

        public String townshipName() {
            return name(project.township());
        }

        public String countyName() {
            return name(project.county());
        }

        /** 苍山西镇光明村（光明上组、光明下组） */
        public String place() {
            return townshipName() + villageName() + "（"
                    + project.naturalVillages().stream().map(this::name).collect(Collectors.joining("、")) + "）";
        }

        /** The village and its natural villages: where village-level notices are posted. */
        public List<String> villageRegions() {
            List<String> codes = new ArrayList<>();
            codes.add(project.village().value());
            project.naturalVillages().forEach(nv -> codes.add(nv.value()));
            return codes;
        }

        public NoticeContent content(String title, String issuerName, List<Block> blocks) {
            return new NoticeContent(title, project.county(), issuerName, null, blocks, List.of(), false);
        }

        /** A village or township notice of an emergency project comes after the steps it would gate: 补公示. */
        public NoticeContent lateContent(String title, String issuerName, List<Block> blocks) {
            return new NoticeContent(title, project.county(), issuerName, null, blocks, List.of(),
                    project.isEmergency());
        }

        /** The particulars of the project as a two-column table. */
        public Block.Table particulars(boolean withPerformance) {
            Project p = project;
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("项目名称", p.name()));
            rows.add(List.of("项目编号", p.code()));
            rows.add(List.of("项目类别", categoryName));
            rows.add(List.of("建设性质", p.nature().chineseName()));
            rows.add(List.of("建设地点", place()));
            String scale = p.scaleQuantity() == null ? "" : "（规模：" + quantity(p.scaleQuantity())
                    + (p.scaleUnit() == null ? "" : p.scaleUnit()) + "）";
            rows.add(List.of("建设内容及规模", p.content() + scale));
            rows.add(List.of("计划总投资", money(p.totalInvestment()) + " 元"));
            rows.add(List.of("实施期限", p.startMonth() + " 至 " + p.endMonth()));
            rows.add(List.of("实施单位", p.implementingUnit()));
            rows.add(List.of("责任人", p.responsiblePerson()));
            if (p.supervisingUnit() != null) {
                rows.add(List.of("监管单位", p.supervisingUnit()));
            }
            Beneficiaries b = p.beneficiaries();
            rows.add(List.of("受益对象", b.households() + " 户 " + b.people() + " 人，其中脱贫户 " + b.alleviatedHouseholds()
                    + " 户 " + b.alleviatedPeople() + " 人、监测户 " + b.monitoredHouseholds() + " 户 " + b.monitoredPeople()
                    + " 人"));
            if (withPerformance) {
                rows.add(List.of("联农带农机制", p.linkageType() == null ? "未填写"
                        : p.linkageType().chineseName() + (p.linkageDescription() == null ? "" : "：" + p.linkageDescription())));
            }
            return new Block.Table("项目基本情况", List.of("项目", "内容"), rows);
        }

        public Block.Table funds() {
            List<List<String>> rows = new ArrayList<>();
            for (FundShare s : project.plannedInvestment()) {
                rows.add(List.of(s.source().chineseName(), money(s.amount())));
            }
            rows.add(List.of("合计", money(project.totalInvestment())));
            // planned figures, labelled as such: the notices must never pass a plan off as spending
            return new Block.Table("资金来源（计划投资）", List.of("资金来源", "计划投资（元）"), rows);
        }

        public Block indicators() {
            List<List<String>> rows = new ArrayList<>();
            for (Indicator i : project.indicators()) {
                rows.add(List.of(i.kind().chineseName(), i.name(), i.target(), i.unit() == null ? "" : i.unit()));
            }
            if (rows.isEmpty()) {
                return new Block.Paragraph("绩效目标：未填写。");
            }
            return new Block.Table("绩效目标", List.of("指标类别", "指标名称", "目标值", "单位"), rows);
        }

        public void lateNote(List<Block> blocks) {
            if (project.isEmergency()) {
                blocks.add(new Block.Paragraph("【补公示】本项目为突发急需项目，经县级决定先行办理，现补充公示。"));
            }
        }
    }

    public static String money(BigDecimal amount) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(amount);
    }

    static String quantity(BigDecimal q) {
        return q.stripTrailingZeros().toPlainString();
    }
}
