package cn.sunledger.ledger.application.internal.notice;

import cn.sunledger.ledger.application.notice.NoticeView;
import cn.sunledger.ledger.domain.model.notice.Notice;
import cn.sunledger.ledger.domain.model.region.Region;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns notices into views, with everything a page of them needs fetched in a few grouped queries. */
@ApplicationScoped
public class NoticeViews {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    NoticeQueries queries;

    @Inject
    NoticeSources sources;

    @Inject
    RegionRepository regions;

    public NoticeView of(Notice notice) {
        return of(List.of(notice)).get(0);
    }

    public List<NoticeView> of(List<Notice> notices) {
        List<Long> ids = notices.stream().map(Notice::id).toList();
        Set<Long> linked = new HashSet<>();
        notices.forEach(n -> {
            if (n.supersedesId() != null) {
                linked.add(n.supersedesId());
            }
            if (n.supersededById() != null) {
                linked.add(n.supersededById());
            }
        });
        Map<Long, String> numbers = queries.numbers(linked);
        Map<Long, Long> open = queries.openObjectionCounts(ids);
        Map<Long, Long> posted = queries.postingCounts(ids);
        Map<String, Object[]> published = queries.publications(notices.stream().map(Notice::noticeNo)
                .filter(Objects::nonNull).toList());
        Map<String, Region> issuers = regions.findAll(notices.stream().map(n -> n.issuerRegion().value())
                .collect(Collectors.toSet()));
        return notices.stream().map(n -> view(n, numbers, open, posted, published, issuers)).toList();
    }

    private NoticeView view(Notice n, Map<Long, String> numbers, Map<Long, Long> open, Map<Long, Long> posted,
            Map<String, Object[]> published, Map<String, Region> issuers) {
        Object[] pub = n.noticeNo() == null ? null : published.get(n.noticeNo());
        Region issuer = issuers.get(n.issuerRegion().value());
        return new NoticeView(n.id(), n.type(), typeName(n.type()), n.subjectId(), n.title(),
                n.issuerRegion().value(), issuer == null ? null : issuer.name(),
                n.regions().stream().map(RegionCode::value).toList(), n.periodStart(), n.periodEnd(), n.status(),
                n.noticeNo(), offset(n.publishedAt()), n.publishedBy(),
                pub == null ? null : new NoticeView.Sha256((String) pub[0], (String) pub[1], (String) pub[2]),
                pub == null ? null : (Long) pub[3], n.supersedesId(), numbers.get(n.supersedesId()),
                n.supersededById(), numbers.get(n.supersededById()), n.supersedeReason(), n.isLate(),
                open.getOrDefault(n.id(), 0L).intValue(), posted.getOrDefault(n.id(), 0L).intValue(), n.createdBy(),
                offset(n.createdAt()));
    }

    private String typeName(String type) {
        for (var source : sources.all()) {
            if (source.type().equals(type)) {
                return source.chineseName();
            }
        }
        return type;
    }

    static OffsetDateTime offset(LocalDateTime t) {
        return t == null ? null : t.atZone(ZONE).toOffsetDateTime();
    }
}
