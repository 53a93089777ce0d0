package cn.sunledger.ledger.domain.model.notice;

/** DRAFT until published; PUBLISHED is frozen; SUPERSEDED once a correcting notice is published. */
public enum NoticeStatus {
    DRAFT, PUBLISHED, SUPERSEDED
}
