package cn.sunledger.ledger.domain.model.notice.document;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Small argument checks shared by the document records, so their messages read the same. */
final class Texts {

    /** Notice numbers end up in relative URLs ("./GS-5329-2025-0001.pdf"), so they may not contain '/' or '.'. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private Texts() {
    }

    static String requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value.strip();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String optionalIdentifier(String value, String what) {
        String v = blankToNull(value);
        if (v != null && !IDENTIFIER.matcher(v).matches()) {
            throw new IllegalArgumentException(what + " must be letters, digits, '-' or '_' (max 64): " + v);
        }
        return v;
    }

    static List<String> requireTexts(List<String> values, String what) {
        Objects.requireNonNull(values, what);
        return values.stream().map(v -> requireText(v, what + " entry")).toList();
    }
}
