package cn.sunledger.web.interfaces.rest.dto;

import cn.sunledger.ledger.application.household.HouseholdSheets;
import cn.sunledger.ledger.application.household.HouseholdView;
import cn.sunledger.ledger.application.household.MonitoringLines;
import cn.sunledger.ledger.application.household.Reveal;
import cn.sunledger.ledger.application.household.RevealedId;
import cn.sunledger.ledger.domain.model.shared.PersonalDataMasker;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** The household register's answers. ID numbers and phones are the masked forms, except in {@link RevealedDto}. */
public final class HouseholdDtos {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private HouseholdDtos() {
    }

    public record HouseholdDto(long id, String householdNo, String naturalVillageCode, String naturalVillageName,
            String headName, String idNumber, String phone, int members, String category, String categoryName,
            LocalDate categorySince, List<CategoryDto> categoryHistory) {

        public static HouseholdDto of(HouseholdView h) {
            // the masker once more at the edge: whatever a row holds, no whole number leaves here
            return new HouseholdDto(h.id(), h.householdNo(), h.naturalVillageCode(), h.naturalVillageName(),
                    h.headName(), PersonalDataMasker.maskText(h.idNumber()), PersonalDataMasker.maskText(h.phone()),
                    h.members(), h.category().name(), h.category().chineseName(), h.categorySince(),
                    h.history().stream().map(CategoryDto::of).toList());
        }
    }

    public record CategoryDto(int year, String category, String categoryName, LocalDate since, String reason) {

        static CategoryDto of(HouseholdView.CategoryEntry e) {
            return new CategoryDto(e.year(), e.category().name(), e.category().chineseName(), e.since(), e.reason());
        }
    }

    public record RevealedDto(long householdId, String idNumber, OffsetDateTime revealedAt) {

        public static RevealedDto of(RevealedId r) {
            return new RevealedDto(r.householdId(), r.idNumber(), r.revealedAt().atZone(ZONE).toOffsetDateTime());
        }
    }

    public record RevealDto(OffsetDateTime at, String actorName, String role, String roleName, String reason) {

        public static RevealDto of(Reveal r) {
            return new RevealDto(r.at().atZone(ZONE).toOffsetDateTime(), r.actorName(), r.role().name(),
                    r.role().chineseName(), r.reason());
        }
    }

    public record ImportedDto(int imported, List<String> householdNumbers) {

        public static ImportedDto of(HouseholdSheets.Imported i) {
            return new ImportedDto(i.imported(), i.householdNumbers());
        }
    }

    public record MonitoringLineDto(String countyCode, String countyName, int year, String amount) {

        public static MonitoringLineDto of(MonitoringLines.Line l) {
            return new MonitoringLineDto(l.countyCode(), l.countyName(), l.year(), l.amount().toString());
        }
    }
}
