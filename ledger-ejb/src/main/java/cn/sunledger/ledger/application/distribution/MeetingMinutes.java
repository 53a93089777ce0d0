package cn.sunledger.ledger.application.distribution;

import cn.sunledger.ledger.application.asset.AttachmentFile;
import cn.sunledger.ledger.domain.model.distribution.MeetingKind;
import cn.sunledger.ledger.domain.service.access.Caller;
import java.util.List;

/**
 * The scanned minutes of a plan's 四议两公开 meetings (会议记录扫描件): staff only, never public. A file belongs to a
 * meeting recorded on the plan; attaching one changes neither the plan's figures nor its flow, so the scan may follow
 * the meeting at any stage, and a file is never replaced or removed (the database refuses it).
 */
public interface MeetingMinutes {

    /**
     * Attaches a file to the plan's meeting {@code kind} (403 for a caller who may not record the plan's meetings, 404
     * for an unknown plan, 413 over 10 MB, 422 naming {@code file} for an empty file or one that is not a PDF, JPEG
     * or PNG, {@code kind} for a meeting not recorded yet).
     */
    MinutesView attach(Caller caller, long planId, MeetingKind kind, MinutesScan scan);

    /** The plan's files, oldest first, without their bytes (VIEW_DISTRIBUTIONS on the owner's village). */
    List<MinutesView> list(Caller caller, long planId);

    /** One file's bytes (VIEW_DISTRIBUTIONS; 404 for a file not of this plan). */
    AttachmentFile file(Caller caller, long planId, long fileId);
}
