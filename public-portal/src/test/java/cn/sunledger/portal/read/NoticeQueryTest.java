package cn.sunledger.portal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoticeQueryTest {

    private static NoticeQuery parse(Map<String, String> params) {
        return NoticeQuery.parse(params::get, 50);
    }

    @Test
    void readsEveryParameter() {
        NoticeQuery q = parse(Map.of("region", "532922000000", "type", "POLICY", "year", "2026", "q", " 光明 ",
                "page", "2", "size", "20"));
        assertEquals(new NoticeQuery("532922000000", "POLICY", 2026, "光明", 2, 20), q);
        assertEquals(40, q.offset());
        assertEquals("532922", q.filter().regionPrefix());
    }

    @Test
    void absentOrBlankParametersTakeTheirDefaults() {
        NoticeQuery q = parse(Map.of("region", "", "q", "   ", "year", ""));
        assertEquals(new NoticeQuery(null, null, null, null, 0, 50), q);
        assertNull(q.filter().regionPrefix());
    }

    @ParameterizedTest
    @CsvSource({"year, abc", "year, 20x6", "year, 1800", "year, -2026", "region, 123", "region, 53292200000a",
        "size, 201", "size, 0", "size, ten", "page, -1", "page, 10001", "type, policy", "type, DROP TABLE"})
    void refusesABadParameterByName(String name, String value) {
        BadParameterException e = assertThrows(BadParameterException.class, () -> parse(Map.of(name, value)));
        assertEquals(List.of(name), e.errors().stream().map(BadParameterException.FieldError::field).toList());
    }

    @Test
    void reportsEveryBadParameterAtOnce() {
        BadParameterException e = assertThrows(BadParameterException.class,
                () -> parse(Map.of("year", "abc", "size", "500", "region", "1")));
        assertEquals(List.of("region", "year", "size"),
                e.errors().stream().map(BadParameterException.FieldError::field).toList());
    }

    @Test
    void refusesAnOverlongKeyword() {
        assertThrows(BadParameterException.class, () -> parse(Map.of("q", "字".repeat(101))));
        assertEquals(100, parse(Map.of("q", "字".repeat(100))).keyword().length());
    }

    @Test
    void sizeTwoHundredIsTheLargestAccepted() {
        assertEquals(200, parse(Map.of("size", "200")).size());
    }
}
