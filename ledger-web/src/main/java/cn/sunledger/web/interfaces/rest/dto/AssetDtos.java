package cn.sunledger.web.interfaces.rest.dto;

import cn.sunledger.ledger.application.asset.AssetCategoryView;
import cn.sunledger.ledger.application.asset.AssetSummary;
import cn.sunledger.ledger.application.asset.AssetView;
import cn.sunledger.ledger.domain.model.asset.Asset;
import cn.sunledger.ledger.domain.model.asset.AssetEvent;
import cn.sunledger.ledger.domain.model.asset.Disposal;
import cn.sunledger.ledger.domain.model.asset.Handover;
import cn.sunledger.ledger.domain.model.asset.Owner;
import cn.sunledger.ledger.domain.model.asset.ValuePart;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The asset register's answers: money and shares as strings, every code beside its Chinese label, people in the
 * history by their names and roles.
 */
public final class AssetDtos {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private AssetDtos() {
    }

    public record AssetDto(long id, String code, String name, String assetClass, String assetClassName,
            String subTypeCode, String subType, String quantity, String unit, String naturalVillageCode,
            String naturalVillageName, LocalDate formedOn, String originalValue, boolean originalValueEntered,
            String stage, String stageName, String status, String statusName, String ownerLevel, String ownerLevelName,
            List<OwnerDto> owners, String supervisingDepartment, String operationMode, String operationModeName,
            String operator, LocalDate contractFrom, LocalDate contractTo, String expectedAnnualIncome,
            String caretaker, String fourBatch, String fourBatchName, String fourBatchMeasure, LocalDate fourBatchOn,
            List<SourceDto> sourceProjects, List<ValueDto> originalValueBySource, List<HandoverDto> handovers,
            List<DisposalDto> disposals, List<EventDto> history) {

        public static AssetDto of(AssetView v) {
            Asset.State s = v.state();
            return new AssetDto(s.id(), s.code(), s.name(), s.assetClass().name(), s.assetClass().chineseName(),
                    s.categoryCode(), v.subType(), s.quantity() == null ? null : s.quantity().stripTrailingZeros()
                    .toPlainString(), s.unit(), s.naturalVillage().value(), v.naturalVillageName(), s.formedOn(),
                    s.originalValue().toString(), s.valueEntered(), s.stage().name(), s.stage().chineseName(),
                    s.status() == null ? null : s.status().name(), s.status() == null ? null : s.status().chineseName(),
                    s.ownerLevel() == null ? null : s.ownerLevel().name(),
                    s.ownerLevel() == null ? null : s.ownerLevel().chineseName(),
                    v.owners().stream().map(OwnerDto::of).toList(), s.supervisingDepartment(),
                    s.operationMode() == null ? null : s.operationMode().name(),
                    s.operationMode() == null ? null : s.operationMode().chineseName(), s.operator(), s.contractFrom(),
                    s.contractTo(), text(s.expectedAnnualIncome()), s.caretaker(),
                    s.fourBatch() == null ? null : s.fourBatch().name(),
                    s.fourBatch() == null ? null : s.fourBatch().chineseName(), s.fourBatchMeasure(), s.fourBatchOn(),
                    v.sources().stream().map(SourceDto::of).toList(), v.values().stream().map(ValueDto::of).toList(),
                    v.handovers().stream().map(HandoverDto::of).toList(),
                    v.disposals().stream().map(DisposalDto::of).toList(),
                    v.history().stream().map(EventDto::of).toList());
        }
    }

    public record SummaryDto(long id, String code, String name, String assetClass, String assetClassName,
            String subType, String naturalVillageCode, String naturalVillageName, LocalDate formedOn,
            String originalValue, String stage, String stageName, String status, String statusName, String operator,
            String caretaker, String ownerLevel, String ownerLevelName, String owners) {

        public static SummaryDto of(AssetSummary a) {
            return new SummaryDto(a.id(), a.code(), a.name(), a.assetClass().name(), a.assetClass().chineseName(),
                    a.subType(), a.naturalVillageCode(), a.naturalVillageName(), a.formedOn(),
                    a.originalValue().toString(), a.stage().name(), a.stage().chineseName(),
                    a.status() == null ? null : a.status().name(), a.status() == null ? null : a.status().chineseName(),
                    a.operator(), a.caretaker(), a.ownerLevel() == null ? null : a.ownerLevel().name(),
                    a.ownerLevel() == null ? null : a.ownerLevel().chineseName(), a.owners());
        }
    }

    public record CategoryDto(String code, String assetClass, String assetClassName, String name, String nameEn,
            boolean active) {
        public static CategoryDto of(AssetCategoryView c) {
            return new CategoryDto(c.code(), c.assetClass().name(), c.assetClass().chineseName(), c.name(), c.nameEn(),
                    c.active());
        }
    }

    /** An owner; a household of the register by its id and number (户编号), never its head's ID number. */
    public record OwnerDto(String entityName, String regionCode, String share, Long householdId, String householdNo) {
        static OwnerDto of(Owner o) {
            return new OwnerDto(o.entityName(), o.regionCode(), shareText(o.share()), o.householdId(),
                    o.householdNo());
        }
    }

    public record SourceDto(long projectId, String projectCode, String projectName, String share) {
        static SourceDto of(AssetView.Source s) {
            return new SourceDto(s.projectId(), s.projectCode(), s.projectName(), shareText(s.share()));
        }
    }

    public record ValueDto(long projectId, String source, String sourceName, String amount) {
        static ValueDto of(ValuePart p) {
            return new ValueDto(p.projectId(), p.source().name(), p.source().chineseName(), p.amount().toString());
        }
    }

    public record HandoverDto(long id, String fromUnit, String toOwner, String assetList, String acceptanceReportRef,
            String archiveList, LocalDate handedOverOn, LocalDate bookedOn, OffsetDateTime signedAt, boolean confirmed,
            LocalDate confirmedOn, OffsetDateTime confirmedAt) {
        static HandoverDto of(Handover h) {
            return new HandoverDto(h.id(), h.fromUnit(), h.toOwner(), h.assetList(), h.acceptanceReportRef(),
                    h.archiveList(), h.handedOverOn(), h.bookedOn(), h.signedAt().atZone(ZONE).toOffsetDateTime(),
                    h.isConfirmed(), h.confirmedOn(),
                    h.confirmedAt() == null ? null : h.confirmedAt().atZone(ZONE).toOffsetDateTime());
        }
    }

    public record DisposalDto(long id, String method, String methodName, String reason, String appraisedValue,
            String proceedsUse, String status, String statusName, boolean ruralBureauApproved,
            boolean financeBureauApproved, String proceeds, LocalDate proposedOn) {
        static DisposalDto of(Disposal d) {
            return new DisposalDto(d.id(), d.method().name(), d.method().chineseName(), d.reason(),
                    text(d.appraisedValue()), d.proceedsUse(), d.status().name(), d.status().chineseName(),
                    d.ruralApprovedBy() != null, d.financeApprovedBy() != null, text(d.proceeds()), d.proposedOn());
        }
    }

    public record EventDto(int seq, String kind, String kindName, LocalDate on, String actor, String actorRole,
            String actorRoleName, String documentRef, Map<String, String> details, OffsetDateTime recordedAt) {
        static EventDto of(AssetEvent e) {
            return new EventDto(e.seq(), e.kind().name(), e.kind().chineseName(), e.on(), e.actorName(),
                    e.role().name(), e.role().chineseName(), e.documentRef(), e.details(),
                    e.recordedAt().atZone(ZONE).toOffsetDateTime());
        }
    }

    /** A share as its shortest decimal: "1", "0.6", "0.3333". */
    private static String shareText(java.math.BigDecimal share) {
        return share.signum() == 0 ? "0" : share.stripTrailingZeros().toPlainString();
    }

    private static String text(Money m) {
        return m == null ? null : m.toString();
    }
}
