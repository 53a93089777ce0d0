package cn.sunledger.web.interfaces.rest.dto;

import cn.sunledger.ledger.application.household.CategoryChange;
import cn.sunledger.ledger.application.household.HouseholdForm;
import cn.sunledger.ledger.domain.model.household.HouseholdCategory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Bodies of the household register's calls (api.md, households). The ID number's and the phone's rules (GB 11643,
 * a mobile number) are the register's, answered 422 naming the field; here only their presence and a generous
 * length, so that a wrong number is refused for what is wrong with it.
 */
public final class HouseholdRequests {

    private HouseholdRequests() {
    }

    /** POST /api/households */
    public static class Create {
        @NotNull
        @Pattern(regexp = "\\d{15}")
        public String naturalVillageCode;

        @NotBlank
        @Size(max = 50)
        public String headName;

        @NotBlank
        @Size(max = 40)
        public String idNumber;

        @Size(max = 40)
        public String phone;

        @NotNull
        @Min(1)
        @Max(99)
        public Integer members;

        @NotNull
        public HouseholdCategory category;

        public HouseholdForm toForm() {
            return new HouseholdForm(naturalVillageCode, headName.strip(), idNumber.strip(),
                    phone == null || phone.isBlank() ? null : phone.strip(), members, category);
        }
    }

    /** PUT /api/households/{id}/category */
    public static class CategoryBody {
        @NotNull
        public HouseholdCategory category;

        @NotNull
        @Min(2000)
        @Max(2100)
        public Integer year;

        @NotNull
        public LocalDate since;

        @NotBlank
        @Size(max = 1000)
        public String reason;

        public CategoryChange toChange() {
            return new CategoryChange(category, year, since, reason.strip());
        }
    }

    /** POST /api/households/{id}/reveal: why the whole ID number is needed (recorded with the reveal). */
    public static class RevealBody {
        @NotBlank
        @Size(max = 1000)
        public String reason;
    }

    /** PUT /api/monitoring-lines/{county}/{year} */
    public static class MonitoringLineBody {
        @NotNull
        @Pattern(regexp = ProjectRequest.POSITIVE_MONEY)
        public String amount;
    }
}
