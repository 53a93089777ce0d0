package cn.sunledger.web.interfaces.rest.dto;

import cn.sunledger.ledger.application.asset.AssetForm;
import cn.sunledger.ledger.application.asset.OwnershipForm;
import cn.sunledger.ledger.domain.model.asset.Asset;
import cn.sunledger.ledger.domain.model.asset.AssetClass;
import cn.sunledger.ledger.domain.model.asset.AssetStatus;
import cn.sunledger.ledger.domain.model.asset.DisposalMethod;
import cn.sunledger.ledger.domain.model.asset.FourBatch;
import cn.sunledger.ledger.domain.model.asset.OperationMode;
import cn.sunledger.ledger.domain.model.asset.Owner;
import cn.sunledger.ledger.domain.model.asset.OwnerLevel;
import cn.sunledger.ledger.domain.model.asset.SourceShare;
import cn.sunledger.ledger.domain.model.shared.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Bodies of the asset register's calls (api.md, assets). Money and shares are JSON strings: money with at most two
 * decimals, a share a decimal of at most four places ("0.6", "1.00"); dates yyyy-MM-dd. Field sizes are the columns'.
 */
public final class AssetRequests {

    /** A share: 0 to 1 with at most four decimals (that they sum to 1 is the register's rule, 422). */
    static final String SHARE = "(0(\\.\\d{1,4})?|1(\\.0{1,4})?)";
    /** A positive quantity of at most two decimals. */
    static final String QUANTITY = "\\d{1,16}(\\.\\d{1,2})?";

    private AssetRequests() {
    }

    /** POST /api/assets */
    public static class Create {
        @NotBlank
        @Size(max = 200)
        public String name;

        @NotNull
        public AssetClass assetClass;

        @NotBlank
        @Size(max = 50)
        public String subType;

        @NotEmpty
        @Size(max = 20)
        public List<@NotNull @Valid SourceProject> sourceProjects;

        @Pattern(regexp = ProjectRequest.POSITIVE_MONEY)
        public String originalValue;

        @Pattern(regexp = "(?=.*[1-9])" + QUANTITY)
        public String quantity;

        @Size(max = 20)
        public String unit;

        @NotNull
        @Pattern(regexp = "\\d{15}")
        public String naturalVillageCode;

        @NotNull
        public LocalDate formedOn;

        public AssetForm toForm() {
            return new AssetForm(name.strip(), assetClass, subType.strip(),
                    sourceProjects.stream().map(p -> new SourceShare(p.projectId, new BigDecimal(p.share))).toList(),
                    originalValue == null ? null : Money.parse(originalValue),
                    quantity == null ? null : new BigDecimal(quantity), blankToNull(unit), naturalVillageCode, formedOn);
        }
    }

    public static class SourceProject {
        @NotNull
        @Positive
        public Long projectId;

        @NotNull
        @Pattern(regexp = SHARE)
        public String share;
    }

    /** PUT /api/assets/{id}/ownership — owners may be left out for the default owner. */
    public static class Ownership {
        public OwnerLevel ownerLevel;

        @Size(max = 20)
        public List<@NotNull @Valid OwnerBody> owners;

        @NotBlank
        @Size(max = 200)
        public String supervisingDepartment;

        @Size(max = 200)
        public String decisionRef;

        @NotNull
        public LocalDate confirmedOn;

        public OwnershipForm toForm() {
            return new OwnershipForm(ownerLevel, owners == null ? null : owners.stream()
                    .map(o -> new Owner(blankToNull(o.entityName), blankToNull(o.regionCode), new BigDecimal(o.share),
                            o.householdId, null))
                    .toList(), supervisingDepartment.strip(), blankToNull(decisionRef), confirmedOn);
        }
    }

    /**
     * One owner. At the level 农户 it may name the household of the register ({@code householdId}); its name then
     * defaults to the household head's. Without a household the name is required (the register says so, 422).
     */
    public static class OwnerBody {
        @Size(max = 200)
        public String entityName;

        @Positive
        public Long householdId;

        @Pattern(regexp = "\\d{12}|\\d{15}")
        public String regionCode;

        @NotNull
        @Pattern(regexp = SHARE)
        public String share;
    }

    /** POST /api/assets/{id}/handovers — the 移交书 as the implementing side signs it. */
    public static class HandoverBody {
        @NotBlank
        @Size(max = 200)
        public String fromUnit;

        @NotBlank
        @Size(max = 2000)
        public String assetList;

        @NotBlank
        @Size(max = 200)
        public String acceptanceReportRef;

        @NotBlank
        @Size(max = 2000)
        public String archiveList;

        @NotNull
        public LocalDate handedOverOn;

        @NotNull
        public LocalDate bookedOn;

        public Asset.HandoverTerms toTerms() {
            return new Asset.HandoverTerms(fromUnit.strip(), assetList.strip(), acceptanceReportRef.strip(),
                    archiveList.strip(), handedOverOn, bookedOn);
        }
    }

    /** POST /api/assets/{id}/handovers/{h}/confirmation — 接收确认 by the receiving owner. */
    public static class Confirmation {
        @Size(max = 2000)
        public String opinion;

        @NotNull
        public LocalDate confirmedOn;
    }

    /** PUT /api/assets/{id}/operation */
    public static class Operation {
        @NotNull
        public OperationMode mode;

        @Size(max = 200)
        public String operator;

        public LocalDate contractFrom;

        public LocalDate contractTo;

        @Pattern(regexp = ProjectRequest.MONEY)
        public String expectedAnnualIncome;

        @Size(max = 200)
        public String contractRef;

        @Size(max = 200)
        public String villageDecisionRef;

        @Size(max = 200)
        public String townshipApprovalRef;

        @NotNull
        public LocalDate operatedFrom;

        public Asset.OperationTerms toTerms() {
            return new Asset.OperationTerms(mode, blankToNull(operator), contractFrom, contractTo,
                    expectedAnnualIncome == null ? null : Money.parse(expectedAnnualIncome), blankToNull(contractRef),
                    blankToNull(villageDecisionRef), blankToNull(townshipApprovalRef), operatedFrom);
        }
    }

    /** POST /api/assets/{id}/operator-changes — the village's decision naming a new operator. */
    public static class OperatorChange {
        @NotBlank
        @Size(max = 200)
        public String operator;

        @NotBlank
        @Size(max = 200)
        public String villageDecisionRef;

        @NotNull
        public LocalDate proposedOn;

        public Asset.OperatorChangeProposal toProposal() {
            return new Asset.OperatorChangeProposal(operator.strip(), villageDecisionRef.strip(), proposedOn);
        }
    }

    /** POST /api/assets/{id}/maintenance — a 管护台账 entry. */
    public static class Maintenance {
        @Size(max = 200)
        public String caretaker;

        @NotNull
        public LocalDate maintainedOn;

        @NotBlank
        @Size(max = 1000)
        public String work;

        @Pattern(regexp = ProjectRequest.MONEY)
        public String cost;

        @NotBlank
        @Size(max = 100)
        public String doneBy;

        public Asset.Upkeep toUpkeep() {
            return new Asset.Upkeep(blankToNull(caretaker), maintainedOn, work.strip(),
                    cost == null ? null : Money.parse(cost), doneBy.strip());
        }
    }

    /** PUT /api/assets/{id}/status — status and 四个一批. */
    public static class Status {
        @NotNull
        public AssetStatus status;

        public FourBatch fourBatch;

        @Size(max = 1000)
        public String measure;

        @Size(max = 200)
        public String documentRef;

        @NotNull
        public LocalDate statusOn;

        public Asset.StatusChange toChange() {
            return new Asset.StatusChange(status, fourBatch, blankToNull(measure), blankToNull(documentRef), statusOn);
        }
    }

    /** POST /api/assets/{id}/disposals */
    public static class DisposalBody {
        @NotNull
        public DisposalMethod method;

        @NotBlank
        @Size(max = 1000)
        public String reason;

        @Pattern(regexp = ProjectRequest.MONEY)
        public String appraisedValue;

        @Size(max = 1000)
        public String proceedsUse;

        @Size(max = 200)
        public String documentRef;

        @NotNull
        public LocalDate proposedOn;

        public Asset.DisposalProposal toProposal() {
            return new Asset.DisposalProposal(method, reason.strip(),
                    appraisedValue == null ? null : Money.parse(appraisedValue), blankToNull(proceedsUse),
                    blankToNull(documentRef), proposedOn);
        }
    }

    /** POST /api/assets/{id}/disposals/{d}/actions/{action} */
    public static class DisposalAction {
        @Size(max = 200)
        public String decisionRef;

        @Size(max = 2000)
        public String opinion;

        @Pattern(regexp = ProjectRequest.MONEY)
        public String proceeds;

        @NotNull
        public LocalDate decidedOn;

        public Asset.StepTerms toTerms() {
            return new Asset.StepTerms(blankToNull(decisionRef), blankToNull(opinion),
                    proceeds == null ? null : Money.parse(proceeds), decidedOn);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
