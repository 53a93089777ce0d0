package cn.sunledger.web.interfaces.rest.dto;

import cn.sunledger.ledger.domain.model.project.Beneficiaries;
import cn.sunledger.ledger.domain.model.project.FundShare;
import cn.sunledger.ledger.domain.model.project.Indicator;
import cn.sunledger.ledger.domain.model.project.IndicatorKind;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.project.LinkageType;
import cn.sunledger.ledger.domain.model.project.Nature;
import cn.sunledger.ledger.domain.model.project.ProjectDetails;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** Body of POST /api/projects and PUT /api/projects/{id} (the create-project example of api.md). */
public class ProjectRequest {

    /** Money in 元: digits with at most two decimals, as a JSON string; 16 digits before the point fit DECIMAL(18,2). */
    public static final String MONEY = "\\d{1,16}(\\.\\d{1,2})?";
    /** {@link #MONEY} that is more than zero (a fund share of nothing is a typing error). */
    public static final String POSITIVE_MONEY = "(?=.*[1-9])" + MONEY;
    /** yyyy-MM of a plausible year (cn.sunledger.ledger.domain.model.shared.Plausible: 2000 to 2100). */
    public static final String MONTH = "(20\\d{2}|2100)-(0[1-9]|1[0-2])";

    @NotNull
    @Min(2000)
    @Max(2100)
    public Integer year;

    @NotBlank
    @Size(max = 200)
    public String name;

    @NotBlank
    @Size(max = 20)
    public String categoryCode;

    @NotNull
    public Nature nature;

    @NotEmpty
    @Size(max = 50)
    public List<@NotNull @Pattern(regexp = "\\d{15}") String> naturalVillageCodes;

    @NotBlank
    @Size(max = 4000)
    public String content;

    @Valid
    public Scale scale;

    @NotEmpty
    @Size(max = 20)
    @FittingTotal
    public List<@NotNull @Valid Money> plannedInvestment;

    @NotNull
    @Pattern(regexp = MONTH, message = "{cn.sunledger.month}")
    public String startMonth;

    @NotNull
    @Pattern(regexp = MONTH, message = "{cn.sunledger.month}")
    public String endMonth;

    @NotBlank
    @Size(max = 200)
    public String implementingUnit;

    @NotBlank
    @Size(max = 100)
    public String responsiblePerson;

    @Valid
    public BeneficiaryCounts beneficiaries;

    @Size(max = 50)
    public List<@NotNull @Valid IndicatorItem> indicators;

    @Valid
    public Linkage linkage;

    @Size(max = 200)
    public String supervisingUnit;

    public Boolean emergency;

    /**
     * PUT only, optional (an addition to api.md): the {@code version} of the project as the editor read it; a
     * draft saved by someone else since then is refused with 409 instead of being overwritten.
     */
    @Min(0)
    public Long version;

    public static class Scale {
        @Pattern(regexp = MONEY)
        public String quantity;

        @Size(max = 20)
        public String unit;
    }

    public static class Money {
        @NotNull
        public FundSource source;

        @NotNull
        @Pattern(regexp = POSITIVE_MONEY, message = "{cn.sunledger.money.positive}")
        public String amount;
    }

    public static class BeneficiaryCounts {
        @PositiveOrZero
        public int households;
        @PositiveOrZero
        public int people;
        @PositiveOrZero
        public int alleviatedHouseholds;
        @PositiveOrZero
        public int alleviatedPeople;
        @PositiveOrZero
        public int monitoredHouseholds;
        @PositiveOrZero
        public int monitoredPeople;
    }

    public static class IndicatorItem {
        @NotNull
        public IndicatorKind kind;

        @NotBlank
        @Size(max = 200)
        public String name;

        @NotBlank
        @Size(max = 100)
        public String target;

        @Size(max = 20)
        public String unit;
    }

    public static class Linkage {
        @NotNull
        public LinkageType type;

        @Size(max = 1000)
        public String description;
    }

    public ProjectDetails toDetails() {
        BeneficiaryCounts b = beneficiaries;
        return new ProjectDetails(year, name, categoryCode, nature,
                naturalVillageCodes.stream().map(RegionCode::of).distinct().toList(), content,
                scale == null || scale.quantity == null ? null : new BigDecimal(scale.quantity),
                scale == null ? null : scale.unit,
                plannedInvestment.stream().map(m -> new FundShare(m.source, new BigDecimal(m.amount))).toList(),
                YearMonth.parse(startMonth), YearMonth.parse(endMonth), implementingUnit, responsiblePerson,
                b == null ? null : new Beneficiaries(b.households, b.people, b.alleviatedHouseholds, b.alleviatedPeople,
                        b.monitoredHouseholds, b.monitoredPeople),
                indicators == null ? List.of() : indicators.stream()
                        .map(i -> new Indicator(i.kind, i.name.trim(), i.target.trim(), blankToNull(i.unit))).toList(),
                linkage == null ? null : linkage.type, linkage == null ? null : linkage.description, supervisingUnit,
                Boolean.TRUE.equals(emergency));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
