package cn.sunledger.ledger.application.internal.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.ledger.application.fund.IndustryShare;
import cn.sunledger.ledger.application.fund.ManagementFeeCheck;
import cn.sunledger.ledger.application.fund.ReportTargets;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.infrastructure.render.TabularReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTablesTest {

    private static final LocalDateTime GENERATED = LocalDateTime.of(2026, 12, 3, 9, 30, 5);
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    private static String all(TabularReport r) {
        StringBuilder text = new StringBuilder(r.title()).append('\n');
        r.heading().forEach(h -> text.append(h).append('\n'));
        if (r.warning() != null) {
            text.append(r.warning()).append('\n');
        }
        for (TabularReport.Section s : r.sections()) {
            text.append(s.caption()).append('\n').append(String.join("|", s.header())).append('\n');
            s.rows().forEach(row -> row.forEach(c -> text.append(c.shown()).append('|')));
        }
        return text.toString();
    }

    @Test
    void aShareBelowItsTargetCarriesTheWarningAndEveryHeadingIsChinese() {
        ReportTargets targets = new ReportTargets(7L, 2027, new BigDecimal("70.00"), new BigDecimal("1.00"),
                new BigDecimal("3.00"), "532922000000", "漾濞彝族自治县", "yangbi.finance", GENERATED);
        IndustryShare share = new IndustryShare("532922000000", "漾濞彝族自治县", 2027, AS_OF, Money.parse("260000.00"),
                Money.parse("400000.00"), new BigDecimal("65.00"), targets, true, List.of(
                        new IndustryShare.CategoryPart("CY", "产业发展", Money.parse("260000.00"), new BigDecimal("65.00")),
                        new IndustryShare.CategoryPart("GL", "项目管理费", Money.parse("140000.00"), new BigDecimal("35.00"))));
        TabularReport r = ReportTables.of(share, GENERATED);
        String text = all(r);
        assertEquals("中央衔接资金用于产业发展比例", r.title());
        assertTrue(text.contains("地区：漾濞彝族自治县") && text.contains("年度：2027年") && text.contains("截至：2026-12-01"), text);
        assertTrue(text.contains("生成时间：2026-12-03 09:30:05"), text);
        assertEquals("预警：中央衔接资金用于产业发展的比例 65.00% 低于目标 70.00%", r.warning());
        assertTrue(text.contains("260,000.00") && text.contains("65.00%") && text.contains("漾濞彝族自治县设定"), text);
        assertFalse(text.contains("532922") || text.contains("CY|") || text.contains("yangbi.finance"), text);
    }

    @Test
    void aFeeWithinItsCapHasNoWarning() {
        ManagementFeeCheck fee = new ManagementFeeCheck("532922000000", "漾濞彝族自治县", 2027, AS_OF,
                ReportTargets.defaults(2027), List.of(ManagementFeeCheck.Line.of(FundSource.CENTRAL_LINKAGE,
                        Money.parse("400000.00"), Money.parse("4000.00"), new BigDecimal("1.00"))));
        TabularReport r = ReportTables.of(fee, GENERATED);
        assertNull(r.warning());
        String text = all(r);
        assertTrue(text.contains("中央财政衔接推进乡村振兴补助资金") && text.contains("未超过") && text.contains("默认值"), text);
    }
}
