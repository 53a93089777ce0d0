package cn.sunledger.ledger.application.internal.notice;

import cn.sunledger.ledger.domain.model.notice.Notice;
import cn.sunledger.ledger.domain.model.notice.StageClearance;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Turns a notice gate's answer into the refusal of the step that waits for it (409), naming the notice and what it
 * still waits for — the same reasons for every part of the ledger that gates a step on a notice. The message keys
 * are {@code <subject>.noticeMissing}, {@code .noticeRunning}, {@code .noticeObjections}, {@code .noticeUnverified}
 * and {@code .noticeAfterItsPeriod}, so that a project's refusal says 该项目 and an asset's 该资产.
 */
@ApplicationScoped
public class ClearanceRefusal {

    @Inject
    NoticeSources sources;

    /** Returns when the clearance is CLEARED; otherwise throws the refusal under {@code subject}'s message keys. */
    public void require(StageClearance c, String subject) {
        String name = sources.of(c.noticeType()).chineseName();
        switch (c.state()) {
            case CLEARED -> { }
            case MISSING -> throw LedgerException.conflict(subject + ".noticeMissing", c.noticeType(), name);
            case RUNNING -> throw LedgerException.conflict(subject + ".noticeRunning", c.noticeType(), name,
                    c.noticeNo(), c.periodEnd().toString());
            case OBJECTIONS -> throw LedgerException.conflict(subject + ".noticeObjections", c.noticeType(), name,
                    c.noticeNo(), c.openObjections());
            case UNVERIFIED -> throw LedgerException.conflict(subject + (c.verified().days() == 0
                    ? ".noticeAfterItsPeriod" : ".noticeUnverified"), c.noticeType(), name,
                    c.noticeNo(), c.verified().days(), c.verified().from().toString(), c.verified().to().toString(),
                    Notice.MIN_PERIOD_DAYS, c.verified().publishedOn().toString(),
                    c.verified().boardPostingNeededBy(Notice.MIN_PERIOD_DAYS).toString());
            default -> throw new IllegalStateException(c.state().name());
        }
    }
}
