package cn.sunledger.web.interfaces.rest.dto;

import cn.sunledger.ledger.application.StaffUserForm;
import cn.sunledger.ledger.domain.model.user.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of POST /api/users and PUT /api/users/{username} (username is taken from the path on PUT). */
public class UserRequest {

    @Pattern(regexp = "[A-Za-z0-9._-]{3,64}")
    public String username;

    @NotBlank
    @Size(max = 100)
    public String displayName;

    @NotNull
    public Role role;

    @NotNull
    @Pattern(regexp = "\\d{12}|\\d{15}")
    public String regionCode;

    @Pattern(regexp = "1\\d{10}")
    public String phone;

    @Size(min = 8, max = 128)
    public String password;

    public Boolean enabled;

    public StaffUserForm toForm(String usernameFromPath) {
        return new StaffUserForm(usernameFromPath != null ? usernameFromPath : username, displayName, role,
                regionCode, phone, password, enabled);
    }
}
