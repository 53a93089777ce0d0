package cn.sunledger.portal.read;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A library project as the public sees it on the pages of the places it is located in: what it is, where it
 * stands, what it plans to spend and when, what the fund ledger has allocated to it and paid (sums, net of
 * reversals), and the notices published about it.
 */
public record PublicProject(long id, String code, int year, String name, String status, BigDecimal plannedTotal,
        BigDecimal allocated, BigDecimal disbursed, String startMonth, String endMonth, List<Notice> notices) {

    /** A published notice whose subject is the project. */
    public record Notice(String noticeNo, String type, String title, LocalDateTime publishedAt,
            String supersededBy) {

        public String typeLabel() {
            return NoticeTypes.label(type);
        }
    }

    public String statusLabel() {
        return ProjectStatuses.label(status);
    }

    PublicProject withNotices(List<Notice> found) {
        return new PublicProject(id, code, year, name, status, plannedTotal, allocated, disbursed, startMonth, endMonth,
                List.copyOf(found));
    }
}
