package cn.sunledger.ledger.domain.model.notice;

import cn.sunledger.ledger.domain.model.region.RegionCode;
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
 * A policy document (政策文件) kept in the ledger so that it can be published as a POLICY notice. Documents
 * from outside the jurisdiction are kept as reference only (参考文件).
 */
@Entity
@Audited
@Table(name = "policy_document")
public class PolicyDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_code", nullable = false, length = 15)
    private String regionCode;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "issuer", nullable = false, length = 200)
    private String issuer;

    @Column(name = "doc_number", length = 100)
    private String docNumber;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "reference_only", nullable = false)
    private boolean referenceOnly;

    @Column(name = "source_name", length = 200)
    private String sourceName;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PolicyDocument() {
    }

    public PolicyDocument(RegionCode region, String title, String issuer, String docNumber, LocalDate issuedOn,
            String body, boolean referenceOnly, String sourceName, String createdBy) {
        this.regionCode = region.value();
        this.title = title;
        this.issuer = issuer;
        this.docNumber = docNumber;
        this.issuedOn = issuedOn;
        this.body = body;
        this.referenceOnly = referenceOnly;
        this.sourceName = sourceName;
        this.createdBy = createdBy;
    }

    public Long id() {
        return id;
    }

    public RegionCode region() {
        return RegionCode.of(regionCode);
    }

    public String title() {
        return title;
    }

    public String issuer() {
        return issuer;
    }

    public String docNumber() {
        return docNumber;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public String body() {
        return body;
    }

    public boolean isReferenceOnly() {
        return referenceOnly;
    }

    public String sourceName() {
        return sourceName;
    }

    public String createdBy() {
        return createdBy;
    }
}
