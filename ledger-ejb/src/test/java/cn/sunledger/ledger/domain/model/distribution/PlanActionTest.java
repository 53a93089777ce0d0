package cn.sunledger.ledger.domain.model.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanActionTest {

    @Test
    void theFlowRunsFromDraftThroughTheTownshipToPayment() {
        assertTrue(PlanAction.SUBMIT.allowedFrom(PlanStatus.DRAFT));
        assertFalse(PlanAction.SUBMIT.allowedFrom(PlanStatus.RETURNED), "a returned plan is redrafted as a new one");
        assertTrue(PlanAction.APPROVE.allowedFrom(PlanStatus.SUBMITTED));
        assertTrue(PlanAction.RETURN.allowedFrom(PlanStatus.SUBMITTED));
        assertFalse(PlanAction.APPROVE.allowedFrom(PlanStatus.DRAFT));
        assertTrue(PlanAction.PAY.allowedFrom(PlanStatus.APPROVED));
        assertFalse(PlanAction.PAY.allowedFrom(PlanStatus.PAID));
        assertEquals(Optional.of(PlanAction.RETURN), PlanAction.ofCode("return"));
        assertEquals(Optional.empty(), PlanAction.ofCode("RETURN"));
    }

    @Test
    void eachStepHasItsAccessRuleTheVillageDraftsAndTheTownshipApproves() {
        for (PlanAction a : PlanAction.values()) {
            Action.forDistribution(a);
        }
        assertTrue(AccessPolicy.roleMay(Role.VILLAGE_CLERK, Action.forDistribution(PlanAction.SUBMIT)));
        assertFalse(AccessPolicy.roleMay(Role.VILLAGE_CLERK, Action.forDistribution(PlanAction.APPROVE)));
        assertTrue(AccessPolicy.roleMay(Role.TOWNSHIP_REVIEWER, Action.forDistribution(PlanAction.APPROVE)));
        assertFalse(AccessPolicy.roleMay(Role.COUNTY_DEPARTMENT, Action.VIEW_DISTRIBUTIONS), "no need of personal data");
    }
}
