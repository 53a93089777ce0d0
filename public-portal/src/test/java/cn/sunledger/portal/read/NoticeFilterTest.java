package cn.sunledger.portal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeFilterTest {

    @Test
    void likePatternTakesWildcardsAndTheEscapeCharacterLiterally() {
        assertEquals("%100!%!_达标%", NoticeFilter.containsPattern("100%_达标"));
        assertEquals("%a!!b%", NoticeFilter.containsPattern("a!b"));
        assertEquals("%光明村%", NoticeFilter.containsPattern("光明村"));
        // a backslash is not special with ESCAPE '!'
        assertEquals("%a\\b%", NoticeFilter.containsPattern("a\\b"));
    }

    @Test
    void everyPartAddsItsPlaceholdersAndValuesInOrder() {
        NoticeFilter filter = new NoticeFilter("532922", List.of("532922101201", "532922101000"), "532922101201001",
                "POLICY", 2026, "x%");
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        filter.appendWhere(sql, params);
        assertEquals(sql.chars().filter(c -> c == '?').count(), params.size());
        assertEquals(List.of("532922%", "532922101201", "532922101000", "532922101201001", "POLICY",
                LocalDateTime.of(2026, 1, 1, 0, 0), LocalDateTime.of(2027, 1, 1, 0, 0), "%x!%%", "%x!%%"), params);
        assertTrue(sql.toString().contains("r.region_code IN (?,?)"));
        assertTrue(sql.toString().contains("NOT EXISTS"));
        assertTrue(sql.toString().contains("ESCAPE '!'"));
    }

    @Test
    void noFilterSelectsEverythingWithoutParameters() {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        NoticeFilter.ALL.appendWhere(sql, params);
        assertEquals(" WHERE 1 = 1", sql.toString());
        assertTrue(params.isEmpty());
    }

    @Test
    void aSubtreeFilterUsesTheRegionsPrefixNotItsCode() {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        NoticeFilter.subtree("532900000000", null).appendWhere(sql, params);
        assertEquals(List.of("5329%"), params);
        assertFalse(sql.toString().contains("published_at"));
    }
}
