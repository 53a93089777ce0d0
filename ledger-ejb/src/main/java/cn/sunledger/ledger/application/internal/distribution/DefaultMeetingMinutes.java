package cn.sunledger.ledger.application.internal.distribution;

import cn.sunledger.ledger.application.asset.AttachmentFile;
import cn.sunledger.ledger.application.distribution.MeetingMinutes;
import cn.sunledger.ledger.application.distribution.MinutesScan;
import cn.sunledger.ledger.application.distribution.MinutesView;
import cn.sunledger.ledger.domain.model.distribution.Meeting;
import cn.sunledger.ledger.domain.model.distribution.MeetingKind;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The meetings' minutes around the plan's row: the plan says where (its owner's village, for the access policy) and
 * which meetings it has; the store keeps the file. Whoever records the village's meetings (the village clerk) attaches
 * their minutes; whoever may read the plan reads them.
 */
@ApplicationScoped
@Transactional
public class DefaultMeetingMinutes implements MeetingMinutes {

    @Inject
    DistributionStore plans;

    @Inject
    MeetingMinutesStore minutes;

    @Inject
    BusinessClock clock;

    @Override
    public MinutesView attach(Caller caller, long planId, MeetingKind kind, MinutesScan scan) {
        DistributionStore.PlanRow p = plan(planId);
        AccessPolicy.require(caller, Action.RECORD_DISTRIBUTION_MEETING, RegionCode.of(p.ownerRegion()));
        if (kind == null) {
            throw LedgerException.invalid(List.of(Violation.ofField("kind", "distribution.minutesKindMissing")));
        }
        var file = MinutesFiles.checked(planId, kind, scan, caller, clock.preciseNow());
        if (plans.meetings(planId).stream().map(Meeting::kind).noneMatch(kind::equals)) {
            throw new LedgerException(LedgerException.Kind.RULE, "distribution.minutesMeetingMissing",
                    List.of(Violation.ofField("kind", "distribution.minutesMeetingMissing", kind.chineseName())),
                    kind.chineseName());
        }
        long id = minutes.insert(file);
        return minutes.one(planId, id).orElseThrow();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MinutesView> list(Caller caller, long planId) {
        DistributionStore.PlanRow p = plan(planId);
        AccessPolicy.require(caller, Action.VIEW_DISTRIBUTIONS, RegionCode.of(p.ownerRegion()));
        return minutes.list(planId);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public AttachmentFile file(Caller caller, long planId, long fileId) {
        DistributionStore.PlanRow p = plan(planId);
        AccessPolicy.require(caller, Action.VIEW_DISTRIBUTIONS, RegionCode.of(p.ownerRegion()));
        return minutes.file(planId, fileId)
                .orElseThrow(() -> LedgerException.notFound("distribution.minutesNotFound", fileId, planId));
    }

    private DistributionStore.PlanRow plan(long planId) {
        return plans.find(planId, false).orElseThrow(() -> LedgerException.notFound("distribution.notFound", planId));
    }
}
