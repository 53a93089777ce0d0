package cn.sunledger.ledger.infrastructure.persistence.migration;

import cn.sunledger.ledger.application.fund.AllocationForm;
import cn.sunledger.ledger.application.fund.DisbursementForm;
import cn.sunledger.ledger.application.fund.FundDocumentForm;
import cn.sunledger.ledger.application.fund.FundLedger;
import cn.sunledger.ledger.application.fund.FundLevel;
import cn.sunledger.ledger.application.fund.Posting;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * The demo's fund ledger: in 漾濞 and 宾川, a central and a county fund document each (资金下达), allocated to the
 * county's demo library projects, partly paid, and one payment reversed (红字冲销) — posted through the real
 * {@link FundLedger} by the county finance bureaus' demo users, so every entry is numbered, chained, a leaf of the
 * county's log, and checked by the same rules as any other. Dated in the past relative to the business clock (the
 * documents first, every allocation after its document, every payment after its allocation); the reversal is dated
 * today, as 红字冲销 always is. Runs once: nothing happens if any fund document exists.
 */
@ApplicationScoped
public class DemoFunds {

    private static final Logger LOG = Logger.getLogger(DemoFunds.class.getName());

    static final Caller YANGBI_FINANCE = new Caller("yangbi.finance", "漾濞县财政局（演示）", Role.COUNTY_FINANCE,
            RegionCode.of("532922000000"));
    static final Caller BINCHUAN_FINANCE = new Caller("binchuan.finance", "宾川县财政局（演示）", Role.COUNTY_FINANCE,
            RegionCode.of("532924000000"));

    static final String GREENHOUSE = "光明村高原特色蔬菜大棚建设项目（演示）";
    static final String WALNUT = "核桃箐核桃初加工车间建设项目（演示）";
    static final String COLD_STORE = "古城村葡萄冷链保鲜库建设项目（演示）";
    static final String WORKSHOP = "古城村就业帮扶车间项目（演示）";

    @PersistenceContext(unitName = "ledger")
    EntityManager em;

    @Inject
    FundLedger ledger;

    @Inject
    BusinessClock clock;

    /** Posts the demo ledger unless a fund document exists or the demo projects are missing; returns the entries posted. */
    public int loadMissing() {
        if (((Number) em.createNativeQuery("SELECT COUNT(*) FROM fund_document").getSingleResult()).longValue() > 0) {
            return 0;
        }
        List<Long> projects = List.of(GREENHOUSE, WALNUT, COLD_STORE, WORKSHOP).stream().map(this::project).toList();
        if (projects.contains(null)) {
            return 0;
        }
        LocalDate today = clock.today();
        int entries = 0;

        // 漾濞: 大棚 (accepted) is paid in full from the central share and all but a retention from the county's;
        // 核桃车间 (in progress) has an advance paid, and a payment to the wrong account reversed
        Caller yangbi = YANGBI_FINANCE;
        long yCentral = document(yangbi, "漾财农〔%d〕演示12号", FundSource.CENTRAL_LINKAGE, FundLevel.CENTRAL,
                "2000000.00", today.minusDays(90), "下达中央财政衔接推进乡村振兴补助资金（演示）");
        long yCounty = document(yangbi, "漾财农〔%d〕演示15号", FundSource.COUNTY_LINKAGE, FundLevel.COUNTY,
                "500000.00", today.minusDays(80), "安排县级财政衔接推进乡村振兴补助资金（演示）");
        entries += 2;
        LocalDate yAllocated = today.minusDays(75);
        long greenhouseCentral = allocate(yangbi, yCentral, projects.get(0), "800000.00", yAllocated);
        long greenhouseCounty = allocate(yangbi, yCounty, projects.get(0), "200000.00", yAllocated);
        long walnutCentral = allocate(yangbi, yCentral, projects.get(1), "1000000.00", yAllocated);
        long walnutCounty = allocate(yangbi, yCounty, projects.get(1), "250000.00", yAllocated);
        entries += 4;
        pay(yangbi, greenhouseCentral, "480000.00", "漾濞演示设施农业工程有限公司", "记-演示0101", today.minusDays(60));
        pay(yangbi, greenhouseCentral, "320000.00", "漾濞演示设施农业工程有限公司", "记-演示0102", today.minusDays(20));
        pay(yangbi, greenhouseCounty, "186500.00", "漾濞演示设施农业工程有限公司", "记-演示0103", today.minusDays(20));
        pay(yangbi, walnutCentral, "400000.00", "漾濞演示农产品加工设备有限公司", "记-演示0104", today.minusDays(30));
        Posting wrong = pay(yangbi, walnutCounty, "60000.00", "漾濞演示建材经营部", "记-演示0105", today.minusDays(10));
        ledger.reverse(yangbi, wrong.entryNo(), "收款单位录错，款项未实际支付（演示）", null);
        entries += 6;

        // 宾川: 冷链保鲜库 (in the library) has its first instalment paid; 就业帮扶车间 (planned) an advance
        Caller binchuan = BINCHUAN_FINANCE;
        long bCentral = document(binchuan, "宾财农〔%d〕演示8号", FundSource.CENTRAL_LINKAGE, FundLevel.CENTRAL,
                "1800000.00", today.minusDays(85), "下达中央财政衔接推进乡村振兴补助资金（演示）");
        long bCounty = document(binchuan, "宾财农〔%d〕演示11号", FundSource.COUNTY_LINKAGE, FundLevel.COUNTY,
                "400000.00", today.minusDays(70), "安排县级财政衔接推进乡村振兴补助资金（演示）");
        entries += 2;
        LocalDate bAllocated = today.minusDays(60);
        long coldCentral = allocate(binchuan, bCentral, projects.get(2), "1200000.00", bAllocated);
        allocate(binchuan, bCounty, projects.get(2), "300000.00", bAllocated);
        long workshopCentral = allocate(binchuan, bCentral, projects.get(3), "600000.00", bAllocated);
        entries += 3;
        pay(binchuan, coldCentral, "500000.00", "宾川演示冷链工程有限公司", "记-演示0201", today.minusDays(40));
        pay(binchuan, workshopCentral, "180000.00", "宾川演示建筑工程有限公司", "记-演示0202", today.minusDays(25));
        entries += 2;
        int posted = entries;
        LOG.info(() -> "demo fund ledger: " + posted + " journal entries posted in 漾濞 and 宾川");
        return entries;
    }

    private Long project(String name) {
        List<Long> ids = em.createQuery("select p.id from Project p where p.name = :name", Long.class)
                .setParameter("name", name).getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }

    private long document(Caller finance, String numberPattern, FundSource source, FundLevel level, String amount,
            LocalDate issuedOn, String purpose) {
        return ledger.registerDocument(finance, new FundDocumentForm(String.format(numberPattern, issuedOn.getYear()),
                source, level, finance.homeRegion().value(), issuedOn.getYear(), issuedOn, Money.parse(amount), purpose),
                null).recordId();
    }

    private long allocate(Caller finance, long document, long project, String amount, LocalDate on) {
        return ledger.allocate(finance, new AllocationForm(document, project, Money.parse(amount), on), null).recordId();
    }

    private Posting pay(Caller finance, long allocation, String amount, String payee, String voucher, LocalDate on) {
        return ledger.disburse(finance, new DisbursementForm(allocation, Money.parse(amount), payee, voucher, on), null);
    }
}
