package cn.sunledger.ledger.domain.model.notice;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import java.time.LocalDate;

/**
 * An objection a villager raised during a notice period. It stays OPEN until resolved with a written
 * resolution; while any is open, the step that follows the notice may not be taken.
 */
@Entity
@Audited
@Table(name = "notice_objection")
public class NoticeObjection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notice_id", nullable = false)
    private Long noticeId;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "raised_by", nullable = false, length = 100)
    private String raisedBy;

    @Column(name = "contact", length = 30)
    private String contact;

    @Column(name = "content", nullable = false)
    private String content;

    @Column(name = "status", nullable = false, length = 20)
    private String status = "OPEN";

    @Column(name = "resolution")
    private String resolution;

    @Column(name = "resolved_on")
    private LocalDate resolvedOn;

    @Column(name = "resolved_by", length = 64)
    private String resolvedBy;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected NoticeObjection() {
    }

    public NoticeObjection(Notice notice, LocalDate receivedOn, String raisedBy, String contact, String content,
            String recordedBy, LocalDate today) {
        if (!notice.isPublished()) {
            throw LedgerException.conflict("objection.noticeNotPublished");
        }
        if (notice.periodStart() == null) {
            throw LedgerException.conflict("objection.noPeriod", notice.noticeNo());
        }
        if (receivedOn == null || receivedOn.isBefore(notice.periodStart()) || receivedOn.isAfter(today)) {
            throw LedgerException.invalid("objection.badDate", notice.periodStart().toString());
        }
        this.noticeId = notice.id();
        this.receivedOn = receivedOn;
        this.raisedBy = raisedBy;
        this.contact = contact;
        this.content = content;
        this.recordedBy = recordedBy;
    }

    public void resolve(String text, LocalDate on, String by) {
        if (!isOpen()) {
            throw LedgerException.conflict("objection.alreadyResolved", id);
        }
        if (text == null || text.isBlank()) {
            throw LedgerException.invalid("objection.resolutionRequired");
        }
        if (on == null || on.isBefore(receivedOn)) {
            throw LedgerException.invalid("objection.badResolutionDate", receivedOn.toString());
        }
        this.resolution = text.trim();
        this.resolvedOn = on;
        this.resolvedBy = by;
        this.status = "RESOLVED";
    }

    public boolean isOpen() {
        return "OPEN".equals(status);
    }

    public Long id() {
        return id;
    }

    public Long noticeId() {
        return noticeId;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public String raisedBy() {
        return raisedBy;
    }

    public String contact() {
        return contact;
    }

    public String content() {
        return content;
    }

    public String resolution() {
        return resolution;
    }

    public LocalDate resolvedOn() {
        return resolvedOn;
    }

    public String resolvedBy() {
        return resolvedBy;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
