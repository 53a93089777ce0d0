package cn.sunledger.ledger.application.notice;

import java.time.LocalDate;

/** An objection as shown: the contact phone is masked. */
public record ObjectionView(long id, long noticeId, LocalDate receivedOn, String raisedBy, String contact,
        String content, boolean open, String resolution, LocalDate resolvedOn, String resolvedBy, String recordedBy) {
}
