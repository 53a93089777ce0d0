package cn.sunledger.ledger.domain.model.region;

import cn.sunledger.ledger.domain.model.shared.PersonalDataMasker;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.envers.Audited;

/**
 * An administrative region. Regions are never deleted (notices and projects keep pointing at them);
 * a merged or abolished region gets a valid-to date instead.
 */
@Entity
@Table(name = "region")
@Audited
public class Region {

    @Id
    @Column(name = "code", length = 15)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 20)
    private RegionLevel level;

    @Column(name = "parent_code", length = 15)
    private String parentCode;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "supervision_hotline", length = 30)
    private String supervisionHotline;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Region() {
    }

    public Region(RegionCode code, String name, RegionCode parent, LocalDate validFrom, LocalDate validTo) {
        this.code = code.value();
        this.level = code.level();
        this.parentCode = parent == null ? null : parent.value();
        this.name = publicName(name);
        this.validFrom = Objects.requireNonNull(validFrom);
        this.validTo = validTo;
    }

    /** An import may rename a region or close it (administrative reform); its place in the tree is fixed. */
    public void revise(String newName, LocalDate newValidFrom, LocalDate newValidTo) {
        this.name = publicName(newName);
        this.validFrom = Objects.requireNonNull(newValidFrom);
        this.validTo = newValidTo;
    }

    /** A region's name is public by nature (every portal page shows it), so it is kept as the masker leaves it. */
    private static String publicName(String name) {
        return PersonalDataMasker.maskText(Objects.requireNonNull(name).trim());
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public RegionCode code() {
        return new RegionCode(code);
    }

    public String name() {
        return name;
    }

    public RegionLevel level() {
        return level;
    }

    public RegionCode parentCode() {
        return parentCode == null ? null : new RegionCode(parentCode);
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public String supervisionHotline() {
        return supervisionHotline;
    }

    public boolean isDemo() {
        return demo;
    }
}
