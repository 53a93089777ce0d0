package cn.sunledger.ledger.domain.model.user;

import cn.sunledger.ledger.domain.model.region.RegionCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A staff user: one role, one home region whose subtree bounds everything the user sees and does.
 * The password hash is bcrypt in modular crypt form, read by the Elytron realm; it is kept out of the
 * audit tables (the audit shows that it changed through the revision, not the hash).
 */
@Entity
@Table(name = "app_user")
@Audited
public class StaffUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 40)
    private Role role;

    @Column(name = "region_code", nullable = false, length = 15)
    private String regionCode;

    @Column(name = "phone", length = 20)
    private String phone;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected StaffUser() {
    }

    public StaffUser(String username, String displayName, Role role, RegionCode homeRegion, String phone,
            String passwordHash) {
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.role = Objects.requireNonNull(role);
        this.regionCode = homeRegion.value();
        this.phone = phone;
        this.passwordHash = Objects.requireNonNull(passwordHash);
    }

    public void describe(String newDisplayName, String newPhone) {
        this.displayName = Objects.requireNonNull(newDisplayName);
        this.phone = newPhone;
    }

    public void assign(Role newRole, RegionCode newHomeRegion) {
        this.role = Objects.requireNonNull(newRole);
        this.regionCode = newHomeRegion.value();
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    public void enable(boolean on) {
        this.enabled = on;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public RegionCode homeRegion() {
        return new RegionCode(regionCode);
    }

    public String phone() {
        return phone;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String passwordHash() {
        return passwordHash;
    }
}
