package cn.sunledger.ledger.domain.model.notice;

import cn.sunledger.ledger.domain.model.region.RegionCode;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A notice board that carried a notice: where, when, and a photo of the board (kept, never public). */
@Entity
@Table(name = "notice_posting")
public class NoticePosting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notice_id", nullable = false)
    private Long noticeId;

    @Column(name = "region_code", nullable = false, length = 15)
    private String regionCode;

    @Column(name = "posted_on", nullable = false)
    private LocalDate postedOn;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "photo")
    private byte[] photo;

    @Column(name = "photo_type", length = 60)
    private String photoType;

    @Column(name = "photo_name", length = 200)
    private String photoName;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected NoticePosting() {
    }

    public NoticePosting(long noticeId, RegionCode region, LocalDate postedOn, byte[] photo, String photoType,
            String photoName, String recordedBy, LocalDateTime recordedAt) {
        this.noticeId = noticeId;
        this.regionCode = region.value();
        this.postedOn = postedOn;
        this.photo = photo;
        this.photoType = photoType;
        this.photoName = photoName;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public Long noticeId() {
        return noticeId;
    }

    public RegionCode region() {
        return RegionCode.of(regionCode);
    }

    public LocalDate postedOn() {
        return postedOn;
    }

    public byte[] photo() {
        return photo;
    }

    public String photoType() {
        return photoType;
    }

    public String photoName() {
        return photoName;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }
}
