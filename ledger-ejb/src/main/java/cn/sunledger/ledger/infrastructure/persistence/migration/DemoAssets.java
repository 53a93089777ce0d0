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
 * 移交书 and the operation; 光明村's clerk confirms receipt, records upkeep and the income, proposes the disposal and
 * records the village meeting's approval; the township reviewer approves it. One asset is leased and has received its
 * first half-year's rent and a 分红 on the season's sales (ASSET_INCOME journal entries, which the demo's income
 * distribution plans draw on), one is idle under 盘活一批, one is to be transferred and waits for the county's
 * approval. Every step is entered today and dated when it happened, after the project's acceptance (decided
 * {@value #ACCEPTED_DAYS_AGO} days ago, see DemoProjects) and each after the step before it, as the register requires.
 * Runs once: nothing happens if any asset exists or the accepted demo project is missing.
 */
@ApplicationScoped
public class DemoAssets {

    private static final Logger LOG = Logger.getLogger(DemoAssets.class.getName());
    private static final String GREENHOUSE_VILLAGE = "532922101201001";
    private static final String SEEDLING_VILLAGE = "532922101201002";
    private static final String OPERATOR = "漾濞演示绿源农业开发有限公司";

    /** The demo's timeline, in days before today (DemoProjects dates the 大棚 project's acceptance 55 days ago). */
    static final int ACCEPTED_DAYS_AGO = 55;
    static final int FORMED_DAYS_AGO = 52;
    static final int LEASED_DAYS_AGO = 48;
    static final int RENT_DAYS_AGO = 45;
    static final int DIVIDEND_DAYS_AGO = 10;
    static final String RENT = "30000.00";
    static final String DIVIDEND = "8000.00";

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
        LocalDate formed = today.minusDays(FORMED_DAYS_AGO);
        int year = today.getYear();
        DemoProjectCatalog.Team team = DemoProjectCatalog.GUANGMING;
        Caller rural = team.ruralBureau();
        Caller clerk = team.clerk();

        // 蔬菜大棚: handed over, leased to a company for five years, its first half-year's rent received, then a share
        // of the first season's sales under the lease's 保底租金 + 效益分红 terms
        long greenhouse = handedOver(project, "光明村高原特色蔬菜大棚（演示）", "产业基地", "620000.00", "40", "亩",
                GREENHOUSE_VILLAGE, "蔬菜大棚 40 亩、滴灌设施 1 套", formed);
        LocalDate leased = today.minusDays(LEASED_DAYS_AGO);
        register.setOperation(rural, greenhouse, new Asset.OperationTerms(OperationMode.LEASE,
                OPERATOR, leased, leased.plusYears(5).minusDays(1), Money.parse("60000.00"),
                "光明村大棚租赁合同（演示）", null, null, leased));
        register.recordMaintenance(clerk, greenhouse, new Asset.Upkeep("光明村股份经济合作社", leased.plusDays(2),
                "移交后检查棚膜、疏通滴灌管路（演示）", Money.parse("350.00"), "村管护员（演示）"));
        incomes.record(clerk, greenhouse, new Asset.IncomeReceipt(IncomeKind.RENT, today.minusDays(RENT_DAYS_AGO),
                OPERATOR, Money.parse(RENT), "光明村收〔" + year + "〕演示1号", leased,
                leased.plusMonths(6).minusDays(1)), null);
        incomes.record(clerk, greenhouse, new Asset.IncomeReceipt(IncomeKind.DIVIDEND,
                today.minusDays(DIVIDEND_DAYS_AGO), OPERATOR, Money.parse(DIVIDEND), "光明村收〔" + year + "〕演示2号",
                leased, today.minusDays(DIVIDEND_DAYS_AGO + 1L)), null);

        // 育苗温室: handed over but idle, to be put back to work under 盘活一批
        long seedlings = handedOver(project, "光明村育苗温室（演示）", "产业基地", "216500.00", "1", "座", SEEDLING_VILLAGE,
                "育苗温室 1 座", formed);
        register.setStatus(rural, seedlings, new Asset.StatusChange(AssetStatus.IDLE, FourBatch.REVITALIZE,
                "引进种苗企业租赁经营，改建为蔬菜育苗基地（演示）", "漾农资〔" + year + "〕演示2号", today.minusDays(40)));

        // 冷藏运输车: to be transferred; the village meeting and the township have approved, the county has not yet
        long truck = handedOver(project, "光明村大棚配套冷藏运输车（演示）", "冷链", "150000.00", "1", "辆",
                GREENHOUSE_VILLAGE, "冷藏运输车 1 辆", formed);
        AssetView proposed = register.proposeDisposal(clerk, truck, new Asset.DisposalProposal(DisposalMethod.TRANSFER,
                "村集体无冷链运输业务，车辆长期停放，拟公开转让（演示）", Money.parse("120000.00"),
                "转让收入归村集体，用于巩固衔接项目（演示）", null, today.minusDays(25)));
        long disposal = proposed.disposals().get(proposed.disposals().size() - 1).id();
        register.takeDisposalStep(clerk, truck, disposal, DisposalStep.VILLAGE_APPROVE,
                new Asset.StepTerms("光明村村民代表大会决议〔" + year + "〕演示5号", null, null, today.minusDays(20)));
        register.takeDisposalStep(team.townshipReviewer(), truck, disposal, DisposalStep.TOWNSHIP_APPROVE,
                new Asset.StepTerms("苍山西镇审〔" + year + "〕演示9号", "同意转让，报县审批（演示）", null,
                        today.minusDays(15)));
        LOG.info(() -> "demo assets: 3 assets formed from 光明村's accepted project, a rent and a dividend posted");
        return 3;
    }

    /**
     * Registers an asset of the project formed on {@code formed}, confirms its default owner the next day and hands it
     * over the day after, the village confirming receipt the following day.
     */
    private long handedOver(long project, String name, String subType, String value, String quantity, String unit,
            String place, String assetList, LocalDate formed) {
        DemoProjectCatalog.Team team = DemoProjectCatalog.GUANGMING;
        Caller rural = team.ruralBureau();
        long id = register.register(rural, new AssetForm(name, AssetClass.OPERATING, subType,
                List.of(new SourceShare(project, BigDecimal.ONE)), Money.parse(value), new BigDecimal(quantity), unit,
                place, formed)).state().id();
        register.confirmOwnership(rural, id, new OwnershipForm(null, null, "漾濞县农业农村局（演示）",
                "漾农确〔" + formed.getYear() + "〕演示1号", formed.plusDays(1)));
        LocalDate handedOver = formed.plusDays(2);
        AssetView signed = register.signHandover(rural, id, new Asset.HandoverTerms("苍山西镇人民政府（演示）", assetList,
                "光明村项目竣工验收报告（演示）", "立项批复、竣工图、验收报告（演示）", handedOver, handedOver));
        long handover = signed.handovers().get(signed.handovers().size() - 1).id();
        register.confirmHandover(team.clerk(), id, handover, "资产已清点接收（演示）", handedOver.plusDays(1));
        return id;
    }
}
