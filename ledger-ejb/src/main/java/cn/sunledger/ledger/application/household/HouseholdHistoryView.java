package cn.sunledger.ledger.application.household;

import cn.sunledger.ledger.domain.model.asset.AssetClass;
import cn.sunledger.ledger.domain.model.asset.AssetStage;
import cn.sunledger.ledger.domain.model.asset.AssetStatus;
import cn.sunledger.ledger.domain.model.distribution.DistributionPurpose;
import cn.sunledger.ledger.domain.model.household.HouseholdCategory;
import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * A household's page: the household as the register shows it (ID number and phone masked) and its years, newest
 * first. {@code truncated} says a list reached its bound ({@link #LIMIT} rows of a kind) and older rows are left out.
 */
public record HouseholdHistoryView(HouseholdView household, String villageName, List<Year> years, boolean truncated) {

    /** The most rows of each kind (projects, assets, payment attempts) one page reads. */
    public static final int LIMIT = 500;

    /** One year: what was there and what reached the household, and the total actually paid to it that year. */
    public record Year(int year, List<Project> projects, List<Asset> assets, List<Payment> payments,
            List<CategoryChange> categoryChanges, Money paidTotal) {
    }

    /** A project located in the household's natural village (its year), with its money as the public page sums it. */
    public record Project(long id, String code, String name, int year, ProjectStatus status, Money planned,
            Money allocated, Money disbursed) {
    }

    /**
     * An asset whose income the household shares (the year it was formed): owned by its village's collective or its
     * natural village ({@code ownerName} names that owner), or a 到户类 asset owned by the household itself.
     */
    public record Asset(long id, String code, String name, AssetClass assetClass, Money originalValue, LocalDate formedOn,
            AssetStage stage, AssetStatus status, String ownerName, boolean ownedByHousehold) {
    }

    /**
     * One payment attempt of a distribution line to the household (the year of its date): paid, or failed with the
     * reason; the plan by its owner and period.
     */
    public record Payment(long planId, String ownerName, String ownerRegionName, LocalDate periodFrom,
            LocalDate periodTo, DistributionPurpose purpose, Money amount, LocalDate paidOn, String voucherNo,
            boolean paid, String failureReason) {
    }

    /** A row of the category history: from (null for the registration) → to, the year it concerns, since, why. */
    public record CategoryChange(int year, HouseholdCategory from, HouseholdCategory to, LocalDate since,
            String reason) {
    }
}
