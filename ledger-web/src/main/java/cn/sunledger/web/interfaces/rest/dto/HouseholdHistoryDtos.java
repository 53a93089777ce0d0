package cn.sunledger.web.interfaces.rest.dto;

import cn.sunledger.ledger.application.household.HouseholdHistoryView;
import cn.sunledger.ledger.domain.model.household.HouseholdCategory;
import cn.sunledger.web.interfaces.rest.dto.HouseholdDtos.HouseholdDto;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /households/{id}/history}: the household (masked, as {@code GET /households/{id}}) and its years, newest
 * first, each with its projects, assets, payment attempts, category changes and what was paid in it; money as
 * strings, every code beside its Chinese name.
 */
public final class HouseholdHistoryDtos {

    private HouseholdHistoryDtos() {
    }

    public record HistoryDto(HouseholdDto household, String villageName, List<YearDto> years, boolean truncated) {

        public static HistoryDto of(HouseholdHistoryView v) {
            return new HistoryDto(HouseholdDto.of(v.household()), v.villageName(),
                    v.years().stream().map(YearDto::of).toList(), v.truncated());
        }
    }

    public record YearDto(int year, String paidTotal, List<ProjectDto> projects, List<AssetDto> assets,
            List<PaymentDto> payments, List<CategoryChangeDto> categoryChanges) {

        static YearDto of(HouseholdHistoryView.Year y) {
            return new YearDto(y.year(), y.paidTotal().toString(), y.projects().stream().map(ProjectDto::of).toList(),
                    y.assets().stream().map(AssetDto::of).toList(), y.payments().stream().map(PaymentDto::of).toList(),
                    y.categoryChanges().stream().map(CategoryChangeDto::of).toList());
        }
    }

    public record ProjectDto(long id, String code, String name, int year, String status, String statusName,
            String planned, String allocated, String disbursed) {

        static ProjectDto of(HouseholdHistoryView.Project p) {
            return new ProjectDto(p.id(), p.code(), p.name(), p.year(), p.status().name(), p.status().chineseName(),
                    p.planned().toString(), p.allocated().toString(), p.disbursed().toString());
        }
    }

    /** {@code status} is the asset's operating status once handed over, else its stage (as the register shows it). */
    public record AssetDto(long id, String code, String name, String assetClass, String assetClassName,
            String originalValue, LocalDate formedOn, String stage, String stageName, String status, String statusName,
            String ownerName, boolean ownedByHousehold) {

        static AssetDto of(HouseholdHistoryView.Asset a) {
            return new AssetDto(a.id(), a.code(), a.name(), a.assetClass().name(), a.assetClass().chineseName(),
                    a.originalValue().toString(), a.formedOn(), a.stage().name(), a.stage().chineseName(),
                    a.status() == null ? null : a.status().name(), a.status() == null ? null : a.status().chineseName(),
                    a.ownedByHousehold() ? null : a.ownerName(), a.ownedByHousehold());
        }
    }

    public record PaymentDto(long planId, String ownerName, String ownerRegionName, LocalDate periodFrom,
            LocalDate periodTo, String purpose, String purposeName, String amount, LocalDate paidOn, String voucherNo,
            String outcome, String failureReason) {

        static PaymentDto of(HouseholdHistoryView.Payment p) {
            return new PaymentDto(p.planId(), p.ownerName(), p.ownerRegionName(), p.periodFrom(), p.periodTo(),
                    p.purpose().name(), p.purpose().chineseName(), p.amount().toString(), p.paidOn(), p.voucherNo(),
                    p.paid() ? "PAID" : "FAILED", p.failureReason());
        }
    }

    public record CategoryChangeDto(int year, String from, String fromName, String to, String toName, LocalDate since,
            String reason) {

        static CategoryChangeDto of(HouseholdHistoryView.CategoryChange c) {
            HouseholdCategory from = c.from();
            return new CategoryChangeDto(c.year(), from == null ? null : from.name(),
                    from == null ? null : from.chineseName(), c.to().name(), c.to().chineseName(), c.since(),
                    c.reason());
        }
    }
}
