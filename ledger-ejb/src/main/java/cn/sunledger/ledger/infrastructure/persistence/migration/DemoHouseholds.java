package cn.sunledger.ledger.infrastructure.persistence.migration;

import cn.sunledger.ledger.application.household.CategoryChange;
import cn.sunledger.ledger.application.household.HouseholdForm;
import cn.sunledger.ledger.application.household.HouseholdRegister;
import cn.sunledger.ledger.domain.model.household.HouseholdCategory;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.infrastructure.crypto.HouseholdKeys;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * The demo's households: {@link DemoHouseholdCatalog}'s 36 invented households of 光明村, registered through the real
 * {@link HouseholdRegister} by 光明村's clerk (who enters a village's households), so their ID numbers and phones are
 * sealed and masked like any others; then the county rural bureau takes one 一般农户 into monitoring as 突发严重困难户,
 * the category change the household's history shows. A registration's category starts the day it is registered and
 * a change cannot predate it, so both are dated today. Skipped, with a log line, when the server has no household key
 * file (nothing can be sealed without it). Runs once: nothing happens if 光明村 has any household.
 */
@ApplicationScoped
public class DemoHouseholds {

    private static final Logger LOG = Logger.getLogger(DemoHouseholds.class.getName());

    @PersistenceContext(unitName = "ledger")
    EntityManager em;

    @Inject
    HouseholdRegister register;

    @Inject
    HouseholdKeys keys;

    @Inject
    BusinessClock clock;

    /** Registers the demo households unless 光明村 has one or the key file is missing; returns how many. */
    public int loadMissing() {
        if (((Number) em.createNativeQuery("SELECT COUNT(*) FROM household WHERE natural_village_code LIKE ?1")
                .setParameter(1, DemoHouseholdCatalog.VILLAGE + "%").getSingleResult()).longValue() > 0) {
            return 0;
        }
        try {
            keys.keys();
        } catch (LedgerException e) {
            LOG.info("demo households skipped: the server has no household key file (-D" + HouseholdKeys.PROPERTY
                    + "), so no ID number can be sealed");
            return 0;
        }
        DemoProjectCatalog.Team team = DemoProjectCatalog.GUANGMING;
        long changed = 0;
        int i = 0;
        for (DemoHouseholdCatalog.DemoHousehold h : DemoHouseholdCatalog.HOUSEHOLDS) {
            long id = register.register(team.clerk(), new HouseholdForm(h.naturalVillageCode(), h.headName(),
                    h.idNumber(), h.phone(), h.members(), h.category())).id();
            if (i++ == DemoHouseholdCatalog.NEWLY_MONITORED) {
                changed = id;
            }
        }
        register.changeCategory(team.ruralBureau(), changed, new CategoryChange(HouseholdCategory.MONITORED_SUDDEN,
                clock.today().getYear(), clock.today(), "家庭成员突发重病，医疗支出骤增，经入户核实纳入监测（演示）"));
        int count = DemoHouseholdCatalog.HOUSEHOLDS.size();
        LOG.info(() -> "demo households: " + count + " households of 光明村 registered, one taken into monitoring");
        return count;
    }
}
