package cn.sunledger.ledger.domain.model.fund;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.hibernate.envers.Audited;

/**
 * A county's or prefecture's targets for one year's fund reports, in percent (V22): the share of central 衔接资金
 * for 产业发展 and the 项目管理费 caps of central and provincial funds. Revised in place; Envers keeps each earlier
 * value with who set it.
 */
@Entity
@Audited
@Table(name = "fund_report_target")
public class ReportTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_code", nullable = false, length = 12)
    private String regionCode;

    @Column(name = "year", nullable = false)
    private int year;

    @Column(name = "industry_share", nullable = false, precision = 5, scale = 2)
    private BigDecimal industryShare;

    @Column(name = "central_fee_cap", nullable = false, precision = 5, scale = 2)
    private BigDecimal centralFeeCap;

    @Column(name = "provincial_fee_cap", nullable = false, precision = 5, scale = 2)
    private BigDecimal provincialFeeCap;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ReportTarget() {
    }

    public ReportTarget(String regionCode, int year) {
        this.regionCode = regionCode;
        this.year = year;
    }

    /** Sets all three figures at once (a bureau revises its targets as one decision). */
    public void set(BigDecimal industryShare, BigDecimal centralFeeCap, BigDecimal provincialFeeCap, String by,
            LocalDateTime at) {
        this.industryShare = industryShare;
        this.centralFeeCap = centralFeeCap;
        this.provincialFeeCap = provincialFeeCap;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long id() {
        return id;
    }

    public String regionCode() {
        return regionCode;
    }

    public int year() {
        return year;
    }

    public BigDecimal industryShare() {
        return industryShare;
    }

    public BigDecimal centralFeeCap() {
        return centralFeeCap;
    }

    public BigDecimal provincialFeeCap() {
        return provincialFeeCap;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }
}
