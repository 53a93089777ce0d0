package cn.sunledger.ledger.application.internal.distribution;

import cn.sunledger.ledger.application.distribution.MinutesScan;
import cn.sunledger.ledger.application.internal.distribution.MeetingMinutesStore.NewMinutes;
import cn.sunledger.ledger.domain.model.distribution.MeetingKind;
import cn.sunledger.ledger.domain.model.shared.FileContent;
import cn.sunledger.ledger.domain.model.shared.FileType;
import cn.sunledger.ledger.domain.service.access.Caller;
import java.time.LocalDateTime;

/**
 * What a meeting's minutes may be: the project's one file check ({@link FileContent}) for a scanned paper — a PDF, or a
 * phone's JPEG or PNG — under the {@code distribution.minutes…} messages; the file named as uploaded (or after the
 * meeting) and hashed as the table keeps it. Used by both ways a file arrives: with the meeting, or after it.
 */
final class MinutesFiles {

    private static final FileContent FILES = new FileContent("distribution.minutes", FileType.PDF, FileType.JPEG,
            FileType.PNG);

    private MinutesFiles() {
    }

    /** The file checked by its bytes and ready to store (413/422 naming {@code file} otherwise). */
    static NewMinutes checked(long planId, MeetingKind kind, MinutesScan scan, Caller by, LocalDateTime at) {
        byte[] content = scan == null ? null : scan.content();
        FileType type = FILES.typeOf(content);
        String name = FileContent.storedName(scan.fileName(), kind.chineseName() + "会议记录", type);
        return new NewMinutes(planId, kind, name, type.mediaType(), content, FileContent.sha256(content),
                by.username(), by.displayName(), by.role(), at);
    }
}
