package cn.sunledger.ledger.domain.model.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

    @ParameterizedTest
    @CsvSource({"532900000000,PREFECTURE,5329", "532922000000,COUNTY,532922", "532922101000,TOWNSHIP,532922101",
            "532922101201,VILLAGE,532922101201", "532922101200,VILLAGE,532922101200",
            "532922101201001,NATURAL_VILLAGE,532922101201001"})
    void levelAndSubtreePrefixFollowFromTheCode(String code, RegionLevel level, String prefix) {
        RegionCode c = RegionCode.of(code);
        assertEquals(level, c.level());
        assertEquals(prefix, c.subtreePrefix());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5329", "53290000000", "5329000000000", "53292210120100", "53292210120100a",
            "000000000000"})
    void rejectsCodesThatAreNotTwelveOrFifteenDigits(String code) {
        assertFalse(RegionCode.isValid(code));
        assertThrows(IllegalArgumentException.class, () -> RegionCode.of(code));
    }

    @Test
    void containmentIsBySubtree() {
        RegionCode county = RegionCode.of("532922000000");
        assertTrue(county.contains(RegionCode.of("532922101201001")));
        assertTrue(county.contains(county));
        assertFalse(county.contains(RegionCode.of("532923000000")));
        assertFalse(RegionCode.of("532922101201").contains(RegionCode.of("532922101202001")));
        assertFalse(RegionCode.of("532922101201").contains(RegionCode.of("532922101000")), "a child never contains its parent");
    }

    @Test
    void ancestorsAndCounty() {
        RegionCode natural = RegionCode.of("532922101201003");
        assertEquals(RegionCode.of("532922101201"), natural.ancestorAt(RegionLevel.VILLAGE));
        assertEquals(RegionCode.of("532922101000"), natural.ancestorAt(RegionLevel.TOWNSHIP));
        assertEquals(RegionCode.of("532922000000"), natural.county());
        assertEquals(RegionCode.of("532900000000"), RegionCode.of("532900000000").county());
        assertThrows(IllegalArgumentException.class, () -> RegionCode.of("532922000000").ancestorAt(RegionLevel.VILLAGE));
    }

    @Test
    void levelNamesParseInEnglishOrChinese() {
        assertEquals(RegionLevel.TOWNSHIP, RegionLevel.parse("乡"));
        assertEquals(RegionLevel.NATURAL_VILLAGE, RegionLevel.parse("natural_village"));
        assertEquals(RegionLevel.VILLAGE, RegionLevel.parse(" 行政村 "));
        assertEquals(null, RegionLevel.parse("省"));
        assertEquals(RegionLevel.TOWNSHIP, RegionLevel.VILLAGE.parentLevel());
        assertEquals(null, RegionLevel.PREFECTURE.parentLevel());
    }
}
