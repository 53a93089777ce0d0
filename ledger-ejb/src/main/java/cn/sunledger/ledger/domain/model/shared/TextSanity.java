package cn.sunledger.ledger.domain.model.shared;

import java.util.Optional;

/**
 * What any text the ledger accepts must not contain. Such text ends up in frozen notices, PDFs and the public
 * portal, where a NUL breaks drivers and viewers, an unpaired surrogate cannot be encoded as UTF-8, a bidirectional
 * override makes a name or an amount read differently from what is stored, and a name made only of invisible
 * characters looks empty on paper while passing every "not blank" check.
 */
public final class TextSanity {

    /** The first thing wrong with a text, in the order a reader would want them fixed. */
    public enum Flaw {
        /** C0 controls other than tab, line feed and carriage return; DEL; C1 controls. */
        CONTROL("text.control"),
        /** A high surrogate without its low one, or a low one alone: not a character at all. */
        UNPAIRED_SURROGATE("text.surrogate"),
        /** Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): "Trojan Source" text. */
        BIDI_CONTROL("text.bidi"),
        /** Something that shows nothing: zero-width characters, fillers, non-ASCII spaces only. */
        INVISIBLE_ONLY("text.invisible");

        private final String messageKey;

        Flaw(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private TextSanity() {
    }

    /** The flaw of {@code text}, or empty when it is acceptable (null and "" are: absence is the field's rule). */
    public static Optional<Flaw> flaw(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        boolean visible = false;
        boolean onlyAsciiBlank = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return Optional.of(Flaw.UNPAIRED_SURROGATE);
                }
            } else if (Character.isLowSurrogate(c)) {
                if (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))) {
                    return Optional.of(Flaw.UNPAIRED_SURROGATE);
                }
                continue;
            }
            int cp = text.codePointAt(i);
            if (isControl(cp)) {
                return Optional.of(Flaw.CONTROL);
            }
            if (isBidiControl(cp)) {
                return Optional.of(Flaw.BIDI_CONTROL);
            }
            onlyAsciiBlank &= cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r';
            visible |= !isInvisible(cp);
        }
        // plain blanks are the field's own business (required or optional), anything else must show something
        return visible || onlyAsciiBlank ? Optional.empty() : Optional.of(Flaw.INVISIBLE_ONLY);
    }

    private static boolean isControl(int cp) {
        return cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' || cp >= 0x7F && cp <= 0x9F;
    }

    private static boolean isBidiControl(int cp) {
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
    }

    /** Spaces of every kind, format characters (zero-width, soft hyphen, BOM …) and the blank-looking fillers. */
    private static boolean isInvisible(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT
                || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 // Hangul fillers
                || cp == 0x2800 // braille blank
                || cp == 0x034F || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF; // joiners, selectors
    }
}
