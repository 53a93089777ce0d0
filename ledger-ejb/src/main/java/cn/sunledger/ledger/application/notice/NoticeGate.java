package cn.sunledger.ledger.application.notice;

import cn.sunledger.ledger.domain.model.notice.StageClearance;

/**
 * The notice engine's answer to other parts of the ledger: may a step that follows a notice of {@code type}
 * about {@code subjectId} be taken today (Asia/Shanghai)? Lets them gate their steps without reading the
 * notice tables themselves.
 */
public interface NoticeGate {

    StageClearance clearance(String type, String subjectId);
}
