package cn.sunledger.ledger.application.internal.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.sunledger.ledger.domain.model.project.FieldChange;
import cn.sunledger.ledger.domain.model.project.Indicator;
import cn.sunledger.ledger.domain.model.project.IndicatorKind;
import cn.sunledger.ledger.domain.model.project.ProjectDetails;
import cn.sunledger.ledger.domain.model.project.ProjectSnapshot;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.project.Beneficiaries;
import cn.sunledger.ledger.domain.model.project.FundShare;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.project.LinkageType;
import cn.sunledger.ledger.domain.model.project.Nature;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProposalCodecTest {

    @Test
    void aProposedRecordAndItsChangesSurviveTheirTextForm() {
        ProjectDetails d = new ProjectDetails(2026, "光明村蔬菜种植基地建设项目", "CY-SC", Nature.EXPAND,
                List.of(RegionCode.of("532922101201001")), "新建大棚 \"40\" 亩", null, null,
                List.of(new FundShare(FundSource.CENTRAL_LINKAGE, new BigDecimal("800000.50"))), YearMonth.of(2026, 3),
                YearMonth.of(2026, 10), "苍山西镇人民政府", "张三", new Beneficiaries(10, 30, 4, 12, 1, 3),
                List.of(new Indicator(IndicatorKind.OUTPUT, "面积", "40", null)), LinkageType.OTHER, "说明", null, false);
        ProjectDetails back = ProposalCodec.decodeDetails(ProposalCodec.encode(d));
        assertEquals(d, back);
        assertEquals(List.of(), ProjectSnapshot.of(d).changesTo(ProjectSnapshot.of(back)));
        List<FieldChange> changes = List.of(new FieldChange("name", "项目名称", "旧", "新"));
        assertEquals(changes, ProposalCodec.decodeChanges(ProposalCodec.encode(changes)));
    }
}
