package cn.sunledger.portal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionScopeTest {

    @ParameterizedTest
    @CsvSource({
        "532900000000, 5329", // prefecture
        "532922000000, 532922", // county
        "532922101000, 532922101", // township
        "532922101201, 532922101201", // administrative village
        "532922101201001, 532922101201001", // natural village
        "532922100000, 532922100", // township whose own number ends in zero
        "532922101200, 532922101200" // village whose own number ends in zero: its last group is not all zeros
    })
    void subtreePrefixStripsTrailingZeroGroups(String code, String prefix) {
        assertEquals(prefix, RegionScope.subtreePrefix(code));
    }

    @Test
    void aVillageIsInsideItsCountyButNotInTheNeighbouringCounty() {
        assertTrue("532922101201001".startsWith(RegionScope.subtreePrefix("532922000000")));
        assertFalse("532922101201001".startsWith(RegionScope.subtreePrefix("532923000000")));
        // a natural village's prefix does not catch its sibling
        assertFalse("532922101201002".startsWith(RegionScope.subtreePrefix("532922101201001")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5329", "53290000000", "5329000000000", "53292210120100", "000000000000",
        "53290000000a", "532900000000 ", "５３２９００００００００"})
    void refusesWhatIsNotARegionCode(String code) {
        assertFalse(RegionScope.isValidCode(code));
        assertThrows(IllegalArgumentException.class, () -> RegionScope.subtreePrefix(code));
    }

    @Test
    void onlyCountiesAndPrefecturesKeepLogs() {
        assertTrue(RegionScope.isLogRegion("532900000000"));
        assertTrue(RegionScope.isLogRegion("532922000000"));
        assertFalse(RegionScope.isLogRegion("532922101000"));
        assertFalse(RegionScope.isLogRegion("532922101201"));
        assertFalse(RegionScope.isLogRegion("532922101201001"));
        assertFalse(RegionScope.isLogRegion(null));
    }

    @Test
    void pathCodesRunFromThePrefectureDownToTheRegionItself() {
        assertEquals(java.util.List.of("532900000000", "532922000000", "532922101000", "532922101201",
                "532922101201003"), RegionScope.pathCodes("532922101201003"));
        assertEquals(java.util.List.of("532900000000", "532922000000"), RegionScope.pathCodes("532922000000"));
        assertEquals(java.util.List.of("532900000000"), RegionScope.pathCodes("532900000000"));
    }
}
