package cn.sunledger.ledger.infrastructure.persistence.migration;

import cn.sunledger.ledger.application.asset.AssetForm;
import cn.sunledger.ledger.application.asset.AssetIncomes;
import cn.sunledger.ledger.application.asset.AssetRegister;
import cn.sunledger.ledger.application.asset.AssetView;
import cn.sunledger.ledger.application.asset.OwnershipForm;
import cn.sunledger.ledger.domain.model.asset.Asset;
import cn.sunledger.ledger.domain.model.asset.AssetClass;
import cn.sunledger.ledger.domain.model.asset.AssetStatus;
import cn.sunledger.ledger.domain.model.asset.DisposalMethod;
import cn.sunledger.ledger.domain.model.asset.DisposalStep;
import cn.sunledger.ledger.domain.model.asset.FourBatch;
import cn.sunledger.ledger.domain.model.asset.IncomeKind;
import cn.sunledger.ledger.domain.model.asset.OperationMode;
import cn.sunledger.ledger.domain.model.asset.SourceShare;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * The demo's assets: three formed from the demo's accepted project (光明村's 蔬菜大棚, whose payments they carry in
 * full) through the real {@link AssetRegister} and {@link AssetIncomes}, each step by the demo user whose role takes
 * it — the county rural bureau registers, confirms ownership (the village's 股份经济合作社 by default), records the
 * 移交书 and the operation; 光明村's clerk confirms receipt, records upkeep and the rent, proposes the disposal and
 * records the village meeting's approval; the township reviewer approves it. One asset is leased and has received its
 * first rent (an ASSET_INCOME journal entry), one is idle under 盘活一批, one is to be transferred and waits for the
 * county's approval. Every step is dated today: the register refuses a formation dated before the project's
 * acceptance, which the demo records at this start, and any step dated after today. Runs once: nothing happens if
 * any asset exists or the accepted demo project is missing.
 */
@ApplicationScoped
public class DemoAssets {

    private static final Logger LOG = Logger.getLogger(DemoAssets.class.getName());
    private static final String GREENHOUSE_VILLAGE = "532922101201001";
    private static final String SEEDLING_VILLAGE = "532922101201002";

    @PersistenceContext(unitName = "ledger")
    EntityManager em;

    @Inject
    AssetRegister register;

    @Inject
    AssetIncomes incomes;

    @Inject
    BusinessClock clock;

    /** Forms the demo assets unless an asset exists; returns how many were formed. */
    public int loadMissing() {
        if (((Number) em.createNativeQuery("SELECT COUNT(*) FROM asset").getSingleResult()).longValue() > 0) {
            return 0;
        }
        List<Long> accepted = em.createQuery("select p.id from Project p where p.name = :name"
                + " and p.status = cn.sunledger.ledger.domain.model.project.ProjectStatus.ACCEPTED", Long.class)
                .setParameter("name", DemoFunds.GREENHOUSE).getResultList();
        if (accepted.isEmpty()) {
            return 0;
        }
        long project = accepted.get(0);
        LocalDate today = clock.today();
        int year = today.getYear();
        DemoProjectCatalog.Team team = DemoProjectCatalog.GUANGMING;
        Caller rural = team.ruralBureau();
        Caller clerk = team.clerk();

        // 蔬菜大棚: handed over, leased to a company for five years, its first half-year's rent received
        long greenhouse = handedOver(project, "光明村高原特色蔬菜大棚（演示）", "产业基地", "620000.00", "40", "亩",
                GREENHOUSE_VILLAGE, "蔬菜大棚 40 亩、滴灌设施 1 套", today);
        register.setOperation(rural, greenhouse, new Asset.OperationTerms(OperationMode.LEASE,
                "漾濞演示绿源农业开发有限公司", today, today.plusYears(5).minusDays(1), Money.parse("60000.00"),
                "光明村大棚租赁合同（演示）", null, null, today));
        register.recordMaintenance(clerk, greenhouse, new Asset.Upkeep("光明村股份经济合作社", today,
                "移交后检查棚膜、疏通滴灌管路（演示）", Money.parse("350.00"), "村管护员（演示）"));
        incomes.record(clerk, greenhouse, new Asset.IncomeReceipt(IncomeKind.RENT, today, "漾濞演示绿源农业开发有限公司",
                Money.parse("30000.00"), "光明村收〔" + year + "〕演示1号", today, today.plusMonths(6).minusDays(1)), null);

        // 育苗温室: handed over but idle, to be put back to work under 盘活一批
        long seedlings = handedOver(project, "光明村育苗温室（演示）", "产业基地", "216500.00", "1", "座", SEEDLING_VILLAGE,
                "育苗温室 1 座", today);
        register.setStatus(rural, seedlings, new Asset.StatusChange(AssetStatus.IDLE, FourBatch.REVITALIZE,
                "引进种苗企业租赁经营，改建为蔬菜育苗基地（演示）", "漾农资〔" + year + "〕演示2号", today));

        // 冷藏运输车: to be transferred; the village meeting and the township have approved, the county has not yet
        long truck = handedOver(project, "光明村大棚配套冷藏运输车（演示）", "冷链", "150000.00", "1", "辆",
                GREENHOUSE_VILLAGE, "冷藏运输车 1 辆", today);
        AssetView proposed = register.proposeDisposal(clerk, truck, new Asset.DisposalProposal(DisposalMethod.TRANSFER,
                "村集体无冷链运输业务，车辆长期停放，拟公开转让（演示）", Money.parse("120000.00"),
                "转让收入归村集体，用于巩固衔接项目（演示）", null, today));
        long disposal = proposed.disposals().get(proposed.disposals().size() - 1).id();
        register.takeDisposalStep(clerk, truck, disposal, DisposalStep.VILLAGE_APPROVE,
                new Asset.StepTerms("光明村村民代表大会决议〔" + year + "〕演示5号", null, null, today));
        register.takeDisposalStep(team.townshipReviewer(), truck, disposal, DisposalStep.TOWNSHIP_APPROVE,
                new Asset.StepTerms("苍山西镇审〔" + year + "〕演示9号", "同意转让，报县审批（演示）", null, today));
        LOG.info(() -> "demo assets: 3 assets formed from 光明村's accepted project, one rent receipt posted");
        return 3;
    }

    /** Registers an asset of the project, confirms its default owner and hands it over, both sides signing. */
    private long handedOver(long project, String name, String subType, String value, String quantity, String unit,
            String place, String assetList, LocalDate on) {
        DemoProjectCatalog.Team team = DemoProjectCatalog.GUANGMING;
        Caller rural = team.ruralBureau();
        long id = register.register(rural, new AssetForm(name, AssetClass.OPERATING, subType,
                List.of(new SourceShare(project, BigDecimal.ONE)), Money.parse(value), new BigDecimal(quantity), unit,
                place, on)).state().id();
        register.confirmOwnership(rural, id, new OwnershipForm(null, null, "漾濞县农业农村局（演示）",
                "漾农确〔" + on.getYear() + "〕演示1号", on));
        AssetView signed = register.signHandover(rural, id, new Asset.HandoverTerms("苍山西镇人民政府（演示）", assetList,
                "光明村项目竣工验收报告（演示）", "立项批复、竣工图、验收报告（演示）", on, on));
        long handover = signed.handovers().get(signed.handovers().size() - 1).id();
        register.confirmHandover(team.clerk(), id, handover, "资产已清点接收（演示）", on);
        return id;
    }
}
