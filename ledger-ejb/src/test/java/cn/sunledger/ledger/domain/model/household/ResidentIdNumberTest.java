package cn.sunledger.ledger.domain.model.household;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** GB 11643 checks on invented numbers (check digits computed, no real person's). */
class ResidentIdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static Optional<String> problem(String id) {
        return ResidentIdNumber.problem(id, TODAY);
    }

    @Test
    void theCheckCharacterIsIso7064Mod112() {
        assertEquals('8', ResidentIdNumber.checkCharacter("53292219800101123"));
        assertEquals('9', ResidentIdNumber.checkCharacter("53292219750505123"));
        // remainder 2 gives X: 11010519491231002 is the standard's own example
        assertEquals('X', ResidentIdNumber.checkCharacter("11010519491231002"));
        assertThrows(IllegalArgumentException.class, () -> ResidentIdNumber.checkCharacter("5329221980010112"));
        assertThrows(IllegalArgumentException.class, () -> ResidentIdNumber.checkCharacter("5329221980010112A"));
    }

    @Test
    void validNumbersPassIncludingALowerCaseX() {
        assertEquals(Optional.empty(), problem("532922198001011238"));
        assertEquals(Optional.empty(), problem("11010519491231002X"));
        assertEquals(Optional.empty(), problem(" 11010519491231002x "));
        assertEquals("11010519491231002X", ResidentIdNumber.normalise(" 11010519491231002x "));
    }

    @Test
    void eachRuleRefusesWithItsOwnReason() {
        assertEquals(Optional.of("household.id.length"), problem("53292219800101123"));
        assertEquals(Optional.of("household.id.length"), problem("5329221980010112380"));
        assertEquals(Optional.of("household.id.characters"), problem("53292219800101123A"));
        assertEquals(Optional.of("household.id.characters"), problem("5329221980010X1238"));
        // 99 is no province; a province with 0000 below it names no county
        assertEquals(Optional.of("household.id.region"), problem("992922198001011238"));
        assertEquals(Optional.of("household.id.region"), problem("530000198001011238"));
        assertEquals(Optional.of("household.id.birthDate"), problem("532922198002301238"));
        assertEquals(Optional.of("household.id.birthDate"), problem("532922189912311238"));
        // born tomorrow
        assertEquals(Optional.of("household.id.birthDate"), problem("532922202612041238"));
        assertEquals(Optional.of("household.id.checkDigit"), problem("532922198001011239"));
        assertEquals(Optional.of("household.id.checkDigit"), problem("53292219800101123X"));
    }

    @Test
    void categoriesAreReadByChineseNameOrCode() {
        assertEquals(Optional.of(HouseholdCategory.MONITORED_MARGINAL), HouseholdCategory.ofCell("边缘易致贫户"));
        assertEquals(Optional.of(HouseholdCategory.ALLEVIATED), HouseholdCategory.ofCell(" alleviated "));
        assertEquals(Optional.empty(), HouseholdCategory.ofCell("贫困户"));
    }
}
