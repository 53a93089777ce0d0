package cn.sunledger.ledger.application.internal.household;

import cn.sunledger.ledger.application.internal.household.HouseholdStore.NewHousehold;
import cn.sunledger.ledger.domain.model.household.ResidentIdNumber;
import cn.sunledger.ledger.domain.model.shared.PersonalDataMasker;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.infrastructure.crypto.PersonalDataKeys;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The rules every new household passes, whether typed in a form or read from an import row — one place, so that the
 * API and the import refuse alike — and the one way its personal data is protected before it is stored: the ID
 * number and phone sealed, masked by the one PersonalDataMasker, the ID number's lookup hash taken.
 */
final class HouseholdIntake {

    static final String ID_PURPOSE = "idNumber";
    static final String PHONE_PURPOSE = "phone";
    static final int MAX_NAME = 50;
    static final int MAX_MEMBERS = 99;
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    /** Receives one refused field: the request field's name, a message key and its arguments. */
    interface Refusal {
        void refuse(String field, String key, Object... args);
    }

    private HouseholdIntake() {
    }

    /** Reports every field of {@code c} that breaks a rule; the caller has resolved the natural village already. */
    static void check(Candidate c, LocalDate today, Refusal refusal) {
        if (c.headName() == null || c.headName().isBlank()) {
            refusal.refuse("headName", "household.required");
        } else if (c.headName().strip().length() > MAX_NAME) {
            refusal.refuse("headName", "household.tooLong", MAX_NAME);
        }
        if (c.idNumber() == null || c.idNumber().isBlank()) {
            refusal.refuse("idNumber", "household.required");
        } else {
            ResidentIdNumber.problem(c.idNumber(), today).ifPresent(key -> refusal.refuse("idNumber", key));
        }
        if (c.phone() != null && !c.phone().isBlank() && !MOBILE.matcher(c.phone().strip()).matches()) {
            refusal.refuse("phone", "household.badPhone");
        }
        if (c.members() == null) {
            refusal.refuse("members", "household.required");
        } else if (c.members() < 1 || c.members() > MAX_MEMBERS) {
            refusal.refuse("members", "household.badMembers", MAX_MEMBERS);
        }
        if (c.category() == null) {
            refusal.refuse("category", "household.required");
        }
    }

    /** The lookup hash of a valid ID number (normalised: trimmed, X upper-case). */
    static byte[] lookupHash(PersonalDataKeys keys, String idNumber) {
        return keys.lookupHash(ResidentIdNumber.normalise(idNumber));
    }

    /** The row to insert for a candidate that passed {@link #check}. */
    static NewHousehold protect(Candidate c, PersonalDataKeys keys, LocalDate since) {
        String id = ResidentIdNumber.normalise(c.idNumber());
        String phone = c.phone() == null || c.phone().isBlank() ? null : c.phone().strip();
        RegionCode place = c.naturalVillage();
        return new NewHousehold(place.value(), place.ancestorAt(RegionLevel.VILLAGE).value(), place.county().value(),
                // a name is no place for numbers: whatever was typed there is masked like free text
                PersonalDataMasker.maskText(c.headName().strip()), keys.seal(ID_PURPOSE, id),
                PersonalDataMasker.maskIdNumber(id), keys.lookupHash(id),
                phone == null ? null : keys.seal(PHONE_PURPOSE, phone),
                phone == null ? null : PersonalDataMasker.maskPhone(phone), c.members(), c.category(), since);
    }
}
