package cn.sunledger.tlog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void keysAreSortedAtEveryLevelWhateverTheInsertionOrder() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("zeta", 1);
        inner.put("alpha", 2);
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("z", List.of(inner, "x"));
        outer.put("b", inner);
        outer.put("a", null);
        assertEquals("{\"a\":null,\"b\":{\"alpha\":2,\"zeta\":1},\"z\":[{\"alpha\":2,\"zeta\":1},\"x\"]}",
                CanonicalJson.write(outer));
    }

    @Test
    void keyOrderIsUtf16CodeUnitOrderAsInRfc8785() {
        Map<String, Object> map = new HashMap<>();
        map.put("a", 1);
        map.put("B", 2);
        map.put("\u00e9", 3);
        map.put("\ufb01", 4);
        map.put("\ud83d\ude00", 5);
        // U+1F600 is stored as D83D DE00, which sorts before U+FB01 in UTF-16.
        assertEquals("{\"B\":2,\"a\":1,\"\u00e9\":3,\"\ud83d\ude00\":5,\"\ufb01\":4}", CanonicalJson.write(map));
    }

    @Test
    void arraysKeepTheirOrder() {
        assertEquals("[3,1,2,[],{}]", CanonicalJson.write(List.of(3, 1, 2, List.of(), Map.of())));
    }

    @Test
    void scalarsHaveOneSpelling() {
        List<Object> values = new ArrayList<>(Arrays.asList(true, false, null, 0, -7, (byte) 1, (short) 2,
                Long.MIN_VALUE, new BigInteger("18446744073709551615")));
        assertEquals("[true,false,null,0,-7,1,2,-9223372036854775808,18446744073709551615]",
                CanonicalJson.write(values));
    }

    @Test
    void stringsEscapeOnlyWhatJsonRequires() {
        String raw = "q\" b\\ s/ \b\f\n\r\t \u0000\u0001\u001f \u007f \u2028 \u4e2d \ud83d\ude00";
        String expected = "\"q\\\" b\\\\ s/ \\b\\f\\n\\r\\t \\u0000\\u0001\\u001f \u007f \u2028 \u4e2d \ud83d\ude00\"";
        assertEquals(expected, CanonicalJson.write(raw));
        assertEquals(raw, MiniJson.parse(CanonicalJson.write(raw)));
    }

    @Test
    void bytesAreUtf8() {
        assertArrayEquals(new byte[] {'"', (byte) 0xe4, (byte) 0xb8, (byte) 0xad, '"'}, CanonicalJson.toBytes("\u4e2d"));
        assertArrayEquals("{\"k\":\"v\"}".getBytes(StandardCharsets.US_ASCII), CanonicalJson.toBytes(Map.of("k", "v")));
    }

    @Test
    void valuesWithoutASingleCanonicalFormAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(1.5d));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(1.5f));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(new BigDecimal("1.50")));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(new Object()));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(Map.of(1, "non-string key")));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write("lone \ud83d surrogate"));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write("lone \ude00 low surrogate"));
    }
}
