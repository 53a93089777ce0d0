package cn.sunledger.ledger.application.internal.notice;

import cn.sunledger.ledger.application.notice.NoticeGate;
import cn.sunledger.ledger.domain.model.notice.Notice;
import cn.sunledger.ledger.domain.model.notice.StageClearance;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

@ApplicationScoped
@Transactional
public class DefaultNoticeGate implements NoticeGate {

    @Inject
    NoticeQueries notices;

    @Inject
    BusinessClock clock;

    @Override
    public StageClearance clearance(String type, String subjectId) {
        List<Notice> published = notices.published(type, subjectId);
        List<Long> ids = published.stream().map(Notice::id).toList();
        return StageClearance.assess(type, published, notices.openObjectionCounts(ids),
                notices.earliestBoardPhotos(ids), clock.today());
    }
}
