package cn.sunledger.ledger.application.fund;

import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.time.LocalDate;

/**
 * A fund document with allocations and where its 资金分配结果公告 stands: the date of the latest allocation (or
 * reversal of one) that no published notice of the document covers yet, the deadline 15 working days after it,
 * the working days left until it (negative when late), and the document's notices — the latest published one and
 * a draft in progress. {@code calendarMaintained} is false when the count ran through a year whose holidays
 * nobody entered (weekends alone were counted there). For PUBLISHED rows the dates are null.
 */
public record AllocationNoticeDue(long documentId, String docNumber, FundSource source, String regionCode, int year,
        Money amount, Money allocated, LocalDate lastAllocationOn, LocalDate deadline, Integer workingDaysLeft,
        AllocationNoticeStatus status, boolean calendarMaintained, Long publishedNoticeId, String publishedNoticeNo,
        Long draftNoticeId) {
}
