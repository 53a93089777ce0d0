package cn.sunledger.ledger.infrastructure.persistence.migration;

import cn.sunledger.ledger.domain.model.project.Beneficiaries;
import cn.sunledger.ledger.domain.model.project.FundShare;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.project.Indicator;
import cn.sunledger.ledger.domain.model.project.IndicatorKind;
import cn.sunledger.ledger.domain.model.project.LinkageType;
import cn.sunledger.ledger.domain.model.project.Nature;
import cn.sunledger.ledger.domain.model.project.ProjectDetails;
import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.domain.service.access.Caller;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * What the demo projects are: nine projects of 2026 in demo villages of 漾濞, 宾川 and 巍山 (db/demo), each with
 * the status it should reach, and the demo users (docs/demo-users.csv) who take them there. Names end in
 * （演示） so that nobody mistakes them for real projects.
 */
final class DemoProjectCatalog {

    /** The demo users who move a village's projects along the chain. */
    record Team(String villageName, Caller clerk, Caller townshipReviewer, Caller department, Caller ruralBureau) {
    }

    record DemoProject(Team team, ProjectDetails details, ProjectStatus target) {
    }

    static final Team GUANGMING = new Team("光明村", caller("guangming.clerk", Role.VILLAGE_CLERK, "532922101201"),
            caller("cangshanxi.reviewer", Role.TOWNSHIP_REVIEWER, "532922101000"),
            caller("yangbi.dept", Role.COUNTY_DEPARTMENT, "532922000000"),
            caller("yangbi.rural", Role.COUNTY_RURAL_BUREAU, "532922000000"));
    static final Team BAIZHANG = new Team("白章村", caller("baizhang.clerk", Role.VILLAGE_CLERK, "532922101202"),
            GUANGMING.townshipReviewer(), GUANGMING.department(), GUANGMING.ruralBureau());
    static final Team GUCHENG = new Team("古城村", caller("gucheng.clerk", Role.VILLAGE_CLERK, "532924102201"),
            caller("zhoucheng.reviewer", Role.TOWNSHIP_REVIEWER, "532924102000"),
            caller("binchuan.dept", Role.COUNTY_DEPARTMENT, "532924000000"),
            caller("binchuan.rural", Role.COUNTY_RURAL_BUREAU, "532924000000"));
    static final Team WENHUA = new Team("文华村", caller("wenhua.clerk", Role.VILLAGE_CLERK, "532927101201"),
            caller("nanzhao.reviewer", Role.TOWNSHIP_REVIEWER, "532927101000"),
            caller("weishan.dept", Role.COUNTY_DEPARTMENT, "532927000000"),
            caller("weishan.rural", Role.COUNTY_RURAL_BUREAU, "532927000000"));

    static final List<DemoProject> PROJECTS = List.of(
            new DemoProject(GUANGMING, details("光明村高原特色蔬菜大棚建设项目（演示）", "CY-SC", Nature.NEW,
                    List.of("532922101201001", "532922101201002"), "新建蔬菜大棚 40 亩及配套滴灌设施", "40", "亩",
                    "800000.00", "200000.00", 3, 10, LinkageType.LAND_TRANSFER, false), ProjectStatus.ACCEPTED),
            new DemoProject(GUANGMING, details("核桃箐核桃初加工车间建设项目（演示）", "CY-JG", Nature.NEW,
                    List.of("532922101201003"), "新建核桃脱青皮烘干车间 600 平方米及设备", "600", "平方米",
                    "1200000.00", "300000.00", 4, 11, LinkageType.ORDER_PURCHASE, false), ProjectStatus.IN_PROGRESS),
            new DemoProject(BAIZHANG, details("白章大村人居环境整治提升项目（演示）", "XC", Nature.RENOVATE,
                    List.of("532922101202001", "532922101202002"), "村内道路硬化 2.3 公里、垃圾收集点 12 个", "2.3", "公里",
                    "650000.00", "150000.00", 5, 12, LinkageType.EMPLOYMENT, false), ProjectStatus.VILLAGE_NOTICE),
            new DemoProject(BAIZHANG, details("新村组产业路建设项目（演示）", "CY-PT", Nature.NEW,
                    List.of("532922101202002"), "新建产业路 1.8 公里", "1.8", "公里",
                    "540000.00", "60000.00", 6, 12, LinkageType.EMPLOYMENT, false), ProjectStatus.DRAFT),
            new DemoProject(GUCHENG, details("古城村葡萄冷链保鲜库建设项目（演示）", "CY-PT", Nature.NEW,
                    List.of("532924102201001", "532924102201002"), "新建冷链保鲜库 500 吨", "500", "吨",
                    "1500000.00", "500000.00", 3, 9, LinkageType.EQUITY_DIVIDEND, false), ProjectStatus.IN_LIBRARY),
            new DemoProject(GUCHENG, details("古城村就业帮扶车间项目（演示）", "JY", Nature.EXPAND,
                    List.of("532924102201002"), "扩建就业帮扶车间 800 平方米", "800", "平方米",
                    "900000.00", "100000.00", 4, 10, LinkageType.EMPLOYMENT, false), ProjectStatus.PLANNED),
            new DemoProject(WENHUA, details("文华村饮水安全巩固提升项目（演示）", "SB", Nature.RENOVATE,
                    List.of("532927101201001", "532927101201002"), "改造供水管网 6 公里、新建蓄水池 2 座", "6", "公里",
                    "700000.00", "100000.00", 2, 8, LinkageType.OTHER, false), ProjectStatus.COMPLETED),
            new DemoProject(WENHUA, details("星拱组水毁道路应急修复项目（演示）", "XC", Nature.RENOVATE,
                    List.of("532927101201002"), "修复汛期冲毁的通组道路 0.9 公里及挡墙", "0.9", "公里",
                    "380000.00", "20000.00", 7, 9, LinkageType.EMPLOYMENT, true), ProjectStatus.IN_LIBRARY),
            new DemoProject(WENHUA, details("文华村文明实践站建设项目（演示）", "ZL", Nature.NEW,
                    List.of("532927101201001"), "新建新时代文明实践站 1 个", "1", "个",
                    "250000.00", "50000.00", 5, 10, LinkageType.OTHER, false), ProjectStatus.DRAFT));

    private DemoProjectCatalog() {
    }

    private static Caller caller(String username, Role role, String region) {
        return new Caller(username, username + "（演示）", role, RegionCode.of(region));
    }

    private static ProjectDetails details(String name, String category, Nature nature, List<String> naturalVillages,
            String content, String quantity, String unit, String central, String county, int startMonth, int endMonth,
            LinkageType linkage, boolean emergency) {
        return new ProjectDetails(2026, name, category, nature, naturalVillages.stream().map(RegionCode::of).toList(),
                content, new BigDecimal(quantity), unit,
                List.of(new FundShare(FundSource.CENTRAL_LINKAGE, new BigDecimal(central)),
                        new FundShare(FundSource.COUNTY_LINKAGE, new BigDecimal(county))),
                YearMonth.of(2026, startMonth), YearMonth.of(2026, endMonth), "演示乡镇人民政府", "李明（演示）",
                new Beneficiaries(120, 450, 60, 210, 8, 27),
                List.of(new Indicator(IndicatorKind.OUTPUT, "建设任务完成率", "100", "%"),
                        new Indicator(IndicatorKind.BENEFIT, "带动脱贫户户均增收", "1500", "元"),
                        new Indicator(IndicatorKind.SATISFACTION, "受益群众满意度", "95", "%")),
                linkage, "优先吸纳脱贫户和监测户务工，收益按协议分配到户", "县农业农村局（演示）", emergency);
    }
}
