package cn.sunledger.ledger.application.internal.fund.notice;

import cn.sunledger.ledger.application.calendar.WorkingCalendars;
import cn.sunledger.ledger.application.fund.AllocationNoticeDue;
import cn.sunledger.ledger.application.fund.AllocationNoticeStatus;
import cn.sunledger.ledger.application.fund.AllocationNotices;
import cn.sunledger.ledger.application.internal.fund.notice.AllocationResults.Change;
import cn.sunledger.ledger.application.internal.fund.notice.AllocationResults.Document;
import cn.sunledger.ledger.application.internal.fund.notice.AllocationResults.NoticeRef;
import cn.sunledger.ledger.domain.model.calendar.WorkingCalendar;
import cn.sunledger.ledger.domain.model.notice.NoticeStatus;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The due list of 资金分配结果公告. A document's allocation changes (each allocation and each reversal of one) are
 * covered by a published notice of the document that came after them in the region's transparency log — the
 * notice is rendered when it is published, so it shows every change before it. The deadline is the 15th working
 * day after the latest uncovered change (a later allocation of the same document restarts the count: one notice
 * announces them together); past it the row is LATE. A document whose allocations were all reversed and never
 * announced has nothing to announce and is not listed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultAllocationNotices implements AllocationNotices {

    @Inject
    AllocationResults results;

    @Inject
    WorkingCalendars calendars;

    @Inject
    BusinessClock clock;

    @Override
    public List<AllocationNoticeDue> list(Caller caller, String regionCode) {
        if (regionCode == null || !RegionCode.isValid(regionCode) || regionCode.length() != 12) {
            throw LedgerException.invalid(List.of(Violation.ofField("region", "fund.regionRequired")));
        }
        RegionCode region = RegionCode.of(regionCode);
        if (region.level() != RegionLevel.COUNTY && region.level() != RegionLevel.PREFECTURE) {
            throw LedgerException.invalid(List.of(Violation.ofField("region", "fund.ledgerRegionLevel", regionCode)));
        }
        AccessPolicy.require(caller, Action.VIEW_FUNDS, region);
        String prefix = region.subtreePrefix();
        Map<Long, List<Change>> changes = new HashMap<>();
        results.changes(prefix).forEach(c -> changes.computeIfAbsent(c.documentId(), k -> new ArrayList<>()).add(c));
        Map<Long, List<NoticeRef>> notices = new HashMap<>();
        results.notices(prefix).forEach(n -> notices.computeIfAbsent(n.documentId(), k -> new ArrayList<>()).add(n));
        WorkingCalendar calendar = calendars.calendar();
        LocalDate today = clock.today();
        List<AllocationNoticeDue> rows = new ArrayList<>();
        for (Document d : results.allocatedDocuments(prefix)) {
            AllocationNoticeDue row = row(d, changes.getOrDefault(d.id(), List.of()),
                    notices.getOrDefault(d.id(), List.of()), calendar, today);
            if (row != null) {
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparing(AllocationNoticeDue::status)
                .thenComparing(AllocationNoticeDue::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(AllocationNoticeDue::documentId));
        return rows;
    }

    private static AllocationNoticeDue row(Document d, List<Change> changes, List<NoticeRef> notices,
            WorkingCalendar calendar, LocalDate today) {
        NoticeRef published = notices.stream().filter(n -> n.logIndex() != null)
                .max(Comparator.comparing(NoticeRef::logIndex)).orElse(null);
        Long draft = notices.stream().filter(n -> NoticeStatus.DRAFT.name().equals(n.status()))
                .map(NoticeRef::id).max(Comparator.naturalOrder()).orElse(null);
        long coveredUpTo = published == null ? -1 : published.logIndex();
        LocalDate last = changes.stream().filter(c -> c.logIndex() > coveredUpTo).map(Change::on)
                .max(Comparator.naturalOrder()).orElse(null);
        Long publishedId = published == null ? null : published.id();
        String publishedNo = published == null ? null : published.noticeNo();
        if (last == null || !d.allocated().isPositive()) {
            if (published == null) {
                return null;
            }
            return new AllocationNoticeDue(d.id(), d.docNumber(), d.source(), d.regionCode(), d.year(), d.amount(),
                    d.allocated(), null, null, null, AllocationNoticeStatus.PUBLISHED, true, publishedId, publishedNo,
                    draft);
        }
        LocalDate deadline = calendar.plusWorkingDays(last, WORKING_DAYS);
        boolean maintained = last.datesUntil(deadline.plusDays(1)).map(LocalDate::getYear).distinct()
                .allMatch(calendar::isMaintained);
        return new AllocationNoticeDue(d.id(), d.docNumber(), d.source(), d.regionCode(), d.year(), d.amount(),
                d.allocated(), last, deadline, calendar.workingDaysBetween(today, deadline),
                today.isAfter(deadline) ? AllocationNoticeStatus.LATE : AllocationNoticeStatus.DUE, maintained,
                publishedId, publishedNo, draft);
    }
}
