package cn.sunledger.ledger.application.notice;

import cn.sunledger.ledger.domain.model.notice.NoticeStatus;

/** Optional filters of the notice list. */
public record NoticeFilter(NoticeStatus status, String type, Integer year) {

    public static NoticeFilter all() {
        return new NoticeFilter(null, null, null);
    }
}
