package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.AuditEntry;
import cn.sunledger.ledger.application.AuditTrail;
import cn.sunledger.ledger.application.SignInThrottleView;
import cn.sunledger.ledger.application.StaffDirectory;
import cn.sunledger.ledger.application.StaffSignIn;
import cn.sunledger.ledger.application.StaffUserForm;
import cn.sunledger.ledger.application.StaffUserView;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/** The administrator's user list, the create/edit dialog and each user's history. */
@Named
@ViewScoped
public class UserAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StaffDirectory staff;

    @Inject
    transient AuditTrail audit;

    @Inject
    transient StaffSignIn signIn;

    @Inject
    transient CurrentCaller caller;

    private List<StaffUserView> users;
    private boolean creating;
    private String username;
    private String displayName;
    private Role role;
    private String regionCode;
    private String phone;
    private String password;
    private boolean enabled = true;
    private List<AuditEntry> history = List.of();
    private String historyOf;
    private SignInThrottleView throttle;

    @PostConstruct
    void load() {
        users = staff.list(caller.get());
    }

    public void startNew() {
        creating = true;
        username = null;
        displayName = null;
        role = Role.VILLAGE_CLERK;
        regionCode = caller.get().homeRegion().value();
        phone = null;
        password = null;
        enabled = true;
    }

    public void startEdit(StaffUserView user) {
        creating = false;
        username = user.username();
        displayName = user.displayName();
        role = user.role();
        regionCode = user.regionCode();
        phone = null;
        password = null;
        enabled = user.enabled();
    }

    public void save() {
        StaffUserForm form = new StaffUserForm(username, displayName, role, regionCode, blankToNull(phone),
                blankToNull(password), enabled);
        try {
            if (creating) {
                staff.create(caller.get(), form);
            } else {
                staff.update(caller.get(), username, form);
            }
            load();
            PrimeFaces.current().executeScript("PF('userDialog').hide()");
        } catch (LedgerException e) {
            FacesMessages.refused(e);
        }
    }

    public void showHistory(StaffUserView user) {
        historyOf = user.username();
        history = audit.history(caller.get(), "user", user.username());
    }

    /** The failed sign-ins held against the user, for the sign-in limits dialog. */
    public void showThrottle(StaffUserView user) {
        try {
            throttle = signIn.throttle(caller.get(), user.username());
        } catch (LedgerException e) {
            FacesMessages.refused(e);
        }
    }

    public void clearThrottle() {
        try {
            signIn.clearThrottle(caller.get(), throttle.username());
            FacesMessages.info(UiText.get("user.throttleCleared", throttle.username()));
            throttle = signIn.throttle(caller.get(), throttle.username());
        } catch (LedgerException e) {
            FacesMessages.refused(e);
        }
    }

    public SignInThrottleView getThrottle() {
        return throttle;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public List<StaffUserView> getUsers() {
        return users;
    }

    public boolean isCreating() {
        return creating;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<AuditEntry> getHistory() {
        return history;
    }

    public String getHistoryOf() {
        return historyOf;
    }
}
