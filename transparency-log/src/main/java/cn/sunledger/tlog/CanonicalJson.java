package cn.sunledger.tlog;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON in the one canonical form the log hashes, so that anyone can rebuild a leaf
 * byte for byte from the published notice data.
 *
 * <p>Rules: no whitespace; object keys sorted by {@link String#compareTo} (UTF-16 code units, as
 * in RFC 8785); arrays kept in order; {@code null} written as {@code null}; strings escaped
 * minimally ({@code "}, {@code \}, and control characters below U+0020, using the short forms
 * {@code \b \f \n \r \t} where they exist, otherwise a backslash, 'u' and four lowercase hex
 * digits); everything else, including non-ASCII, written literally in UTF-8.
 *
 * <p>Accepted values: {@link Map} with {@link String} keys, {@link List}, {@link CharSequence},
 * {@link Boolean}, {@code null}, and the integral types {@link Byte}, {@link Short},
 * {@link Integer}, {@link Long} and {@link BigInteger}. Floating-point numbers are refused because
 * they have several textual forms and would make the output depend on formatting choices.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    /** The canonical JSON text of {@code value}. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        writeValue(value, out);
        return out.toString();
    }

    /** The canonical JSON of {@code value} as UTF-8 bytes, the form that is hashed. */
    public static byte[] toBytes(Object value) {
        return write(value).getBytes(StandardCharsets.UTF_8);
    }

    private static void writeValue(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof CharSequence) {
            writeString(value.toString(), out);
        } else if (value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Byte || value instanceof Short || value instanceof Integer
                || value instanceof Long || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            writeObject(map, out);
        } else if (value instanceof List<?> list) {
            writeArray(list, out);
        } else {
            throw new IllegalArgumentException("no canonical JSON form for " + value.getClass().getName());
        }
    }

    private static void writeObject(Map<?, ?> map, StringBuilder out) {
        List<String> keys = new ArrayList<>(map.size());
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                throw new IllegalArgumentException("JSON object keys must be strings, got " + key);
            }
            keys.add((String) key);
        }
        keys.sort(null);
        out.append('{');
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writeString(keys.get(i), out);
            out.append(':');
            writeValue(map.get(keys.get(i)), out);
        }
        out.append('}');
    }

    private static void writeArray(List<?> list, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writeValue(list.get(i), out);
        }
        out.append(']');
    }

    private static void writeString(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isSurrogate(c)) {
                        i = appendSurrogatePair(s, i, out);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * Copies a well-formed surrogate pair and returns the index of its second half. A lone
     * surrogate has no UTF-8 encoding; Java would silently replace it with '?', so it is refused.
     */
    private static int appendSurrogatePair(String s, int i, StringBuilder out) {
        char high = s.charAt(i);
        if (Character.isHighSurrogate(high) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(high).append(s.charAt(i + 1));
            return i + 1;
        }
        throw new IllegalArgumentException("string contains a lone surrogate at index " + i);
    }
}
