package cn.sunledger.ledger.application.internal.notice;

import cn.sunledger.ledger.application.notice.NoticeGate;
import cn.sunledger.ledger.domain.model.notice.Notice;
import cn.sunledger.ledger.domain.model.notice.StageClearance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
@Transactional
public class DefaultNoticeGate implements NoticeGate {

    @Inject
    NoticeQueries notices;

    @Override
    public StageClearance clearance(String type, String subjectId) {
        List<Notice> published = notices.published(type, subjectId);
        return StageClearance.assess(type, published,
                notices.openObjectionCounts(published.stream().map(Notice::id).toList()),
                LocalDate.now(NoticeViews.ZONE));
    }
}
