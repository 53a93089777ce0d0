package cn.sunledger.ledger.application.internal.project.sheet;

import cn.sunledger.ledger.domain.model.project.FundSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The columns of the import workbook, in template order. Sheet 项目 has one row per project, keyed by 序号,
 * and one amount column per fund source (a project names each source at most once, so a column per source
 * keeps a project on one row); sheet 绩效目标 has one row per indicator, keyed to its project's 序号.
 */
public final class ProjectColumns {

    public static final String SEQ = "序号";
    public static final String YEAR = "年度";
    public static final String NAME = "项目名称";
    public static final String CATEGORY = "项目类别代码";
    public static final String NATURE = "建设性质";
    public static final String NATURAL_VILLAGES = "自然村代码";
    public static final String CONTENT = "建设内容";
    public static final String SCALE_QUANTITY = "规模数量";
    public static final String SCALE_UNIT = "规模单位";
    public static final String START_MONTH = "开始月份";
    public static final String END_MONTH = "结束月份";
    public static final String IMPLEMENTING_UNIT = "实施单位";
    public static final String RESPONSIBLE_PERSON = "责任人";
    public static final String HOUSEHOLDS = "受益户数";
    public static final String PEOPLE = "受益人数";
    public static final String ALLEVIATED_HOUSEHOLDS = "其中脱贫户户数";
    public static final String ALLEVIATED_PEOPLE = "其中脱贫人口数";
    public static final String MONITORED_HOUSEHOLDS = "其中监测户户数";
    public static final String MONITORED_PEOPLE = "其中监测人口数";
    public static final String LINKAGE_TYPE = "联农带农类型";
    public static final String LINKAGE_DESCRIPTION = "联农带农机制说明";
    public static final String SUPERVISING_UNIT = "监管单位";
    public static final String EMERGENCY = "突发急需";
    /** Planned investment is not a column of its own: rules about the amounts as a whole point here. */
    public static final String INVESTMENT = "计划投资";

    public static final String INDICATOR_PROJECT = "项目序号";
    public static final String INDICATOR_KIND = "指标类别";
    public static final String INDICATOR_NAME = "指标名称";
    public static final String INDICATOR_TARGET = "目标值";
    public static final String INDICATOR_UNIT = "单位";

    public static final List<String> INDICATOR_HEADERS = List.of(INDICATOR_PROJECT, INDICATOR_KIND, INDICATOR_NAME,
            INDICATOR_TARGET, INDICATOR_UNIT);

    private static final List<String> PROJECT_HEADERS;

    static {
        List<String> h = new ArrayList<>(List.of(SEQ, YEAR, NAME, CATEGORY, NATURE, NATURAL_VILLAGES, CONTENT,
                SCALE_QUANTITY, SCALE_UNIT));
        for (FundSource s : FundSource.values()) {
            h.add(fundHeader(s));
        }
        h.addAll(List.of(START_MONTH, END_MONTH, IMPLEMENTING_UNIT, RESPONSIBLE_PERSON, HOUSEHOLDS, PEOPLE,
                ALLEVIATED_HOUSEHOLDS, ALLEVIATED_PEOPLE, MONITORED_HOUSEHOLDS, MONITORED_PEOPLE, LINKAGE_TYPE,
                LINKAGE_DESCRIPTION, SUPERVISING_UNIT, EMERGENCY));
        PROJECT_HEADERS = Collections.unmodifiableList(h);
    }

    private ProjectColumns() {
    }

    public static List<String> projectHeaders() {
        return PROJECT_HEADERS;
    }

    /** "中央财政衔接推进乡村振兴补助资金（元）": the amount column of one fund source. */
    public static String fundHeader(FundSource source) {
        return source.chineseName() + "（元）";
    }
}
