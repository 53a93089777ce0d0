package cn.sunledger.ledger.application.internal.asset.notice;

import cn.sunledger.ledger.application.asset.AssetView;
import cn.sunledger.ledger.domain.model.asset.Asset;
import cn.sunledger.ledger.domain.model.asset.AssetEvent;
import cn.sunledger.ledger.domain.model.asset.AssetEventKind;
import cn.sunledger.ledger.domain.model.asset.Owner;
import cn.sunledger.ledger.domain.model.asset.ValuePart;
import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.region.Region;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static cn.sunledger.ledger.application.internal.project.notice.ProjectNoticeContent.money;

/**
 * An asset as its two notices (资产确权移交公示, 资产处置公示) describe it: what it is, where, what it cost by fund
 * source, who owns it — tables drawn from the register, shared by both notice types — and the names of the regions
 * the tables mention.
 */
record AssetNoticeSubject(AssetView asset, Map<String, Region> regionNames) {

    Asset.State state() {
        return asset.state();
    }

    RegionCode county() {
        return state().naturalVillage().county();
    }

    String countyName() {
        return name(county());
    }

    /** 坐落: the village and the natural village, by name. */
    String place() {
        RegionCode nv = state().naturalVillage();
        return name(nv.ancestorAt(RegionLevel.VILLAGE)) + name(nv);
    }

    String name(RegionCode code) {
        Region r = regionNames.get(code.value());
        return r == null ? code.value() : r.name();
    }

    /** 资产基本情况: code, name, class, quantity, place, formation date, 原值 and the projects it came from. */
    Block.Table particulars() {
        Asset.State s = state();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("资产编号", s.code()));
        rows.add(List.of("资产名称", s.name()));
        rows.add(List.of("资产类别", s.assetClass().chineseName() + "（" + asset.subType() + "）"));
        if (s.quantity() != null) {
            rows.add(List.of("数量", s.quantity().stripTrailingZeros().toPlainString() + (s.unit() == null ? ""
                    : " " + s.unit())));
        }
        rows.add(List.of("坐落", place()));
        rows.add(List.of("形成日期", s.formedOn() == null ? "" : s.formedOn().toString()));
        rows.add(List.of("原值（元）", money(s.originalValue().toBigDecimal())));
        StringBuilder projects = new StringBuilder();
        for (AssetView.Source p : asset.sources()) {
            if (!projects.isEmpty()) {
                projects.append("；");
            }
            projects.append(p.projectName()).append("（").append(p.projectCode()).append("，占 ")
                    .append(percent(p.share())).append("）");
        }
        rows.add(List.of("来源项目", projects.toString()));
        return new Block.Table("资产基本情况", List.of("项目", "内容"), rows);
    }

    /** 原值 by fund source, from what the projects paid (the fund ledger), with the total. */
    Block.Table valueBySource() {
        Map<FundSource, Money> bySource = new EnumMap<>(FundSource.class);
        for (ValuePart part : asset.values()) {
            bySource.merge(part.source(), part.amount(), Money::plus);
        }
        List<List<String>> rows = new ArrayList<>();
        bySource.forEach((source, amount) -> rows.add(List.of(source.chineseName(), money(amount.toBigDecimal()))));
        rows.add(List.of("合计", money(state().originalValue().toBigDecimal())));
        return new Block.Table("资产原值构成", List.of("资金来源", "金额（元）"), rows);
    }

    /** 确权: each owner with its level and share, and the 主管部门. */
    Block.Table ownership() {
        Asset.State s = state();
        String level = s.ownerLevel() == null ? "" : s.ownerLevel().chineseName();
        List<List<String>> rows = new ArrayList<>();
        for (Owner o : asset.owners()) {
            rows.add(List.of(o.entityName(), level, percent(o.share())));
        }
        Block.Table owners = new Block.Table("确权情况（主管部门：" + blankAs(s.supervisingDepartment(), "未填写") + "）",
                List.of("所有权人", "所有权层级", "所占份额"), rows);
        return owners;
    }

    /** The date of the latest event of one kind that matches, or null: the day a notice about that step may run from. */
    static LocalDate lastOn(List<AssetEvent> events, AssetEventKind kind, Predicate<AssetEvent> matching) {
        LocalDate on = null;
        for (AssetEvent e : events) {
            if (e.kind() == kind && matching.test(e)) {
                on = e.on();
            }
        }
        return on;
    }

    /** The codes of the regions an asset's notice is posted to when the draft names none (domain.md §7). */
    static List<String> postingRegions(AssetView asset, List<Region> childrenOfOwnerVillages) {
        java.util.LinkedHashSet<String> codes = new java.util.LinkedHashSet<>();
        for (Owner o : asset.owners()) {
            if (o.regionCode() != null) {
                codes.add(o.regionCode());
            }
        }
        childrenOfOwnerVillages.stream().filter(r -> r.code().level() == RegionLevel.NATURAL_VILLAGE)
                .forEach(r -> codes.add(r.code().value()));
        codes.add(asset.state().naturalVillage().value());
        return List.copyOf(codes);
    }

    static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    static String blankAs(String text, String blank) {
        return text == null || text.isBlank() ? blank : text;
    }

    static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
