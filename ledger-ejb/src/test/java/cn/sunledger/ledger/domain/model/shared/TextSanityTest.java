package cn.sunledger.ledger.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.sunledger.ledger.domain.model.shared.TextSanity.Flaw;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextSanityTest {

    private static Optional<Flaw> flaw(String text) {
        return TextSanity.flaw(text);
    }

    @Test
    void ordinaryTextIsAccepted() {
        assertEquals(Optional.empty(), flaw("某村高原特色蔬菜种植基地建设项目"));
        assertEquals(Optional.empty(), flaw("一、总则\n（一）目的\r\n名称\t金额"), "line breaks and tabs belong in bodies");
        assertEquals(Optional.empty(), flaw("Zoë's 𠮷野家 🚜"), "letters outside the BMP are pairs, not flaws");
        assertEquals(Optional.empty(), flaw("\u0627\u0644\u200F 12"), "a right-to-left mark is not an override");
        assertEquals(Optional.empty(), flaw(null));
        assertEquals(Optional.empty(), flaw(""));
        assertEquals(Optional.empty(), flaw("  \t "), "ASCII blanks are left to the field's required/optional rule");
        assertEquals(Optional.empty(), flaw("张\u200B三"), "an invisible character beside visible ones is tolerated");
    }

    @Test
    void controlCharactersAreRefused() {
        assertEquals(Optional.of(Flaw.CONTROL), flaw("张三\u0000"));
        assertEquals(Optional.of(Flaw.CONTROL), flaw("a\u0007b"));
        assertEquals(Optional.of(Flaw.CONTROL), flaw("a\u001Bb"));
        assertEquals(Optional.of(Flaw.CONTROL), flaw("a\u007Fb"));
        assertEquals(Optional.of(Flaw.CONTROL), flaw("a\u0085b"), "C1 controls too");
    }

    @Test
    void unpairedSurrogatesAreRefused() {
        assertEquals(Optional.of(Flaw.UNPAIRED_SURROGATE), flaw("a\uD83Db"));
        assertEquals(Optional.of(Flaw.UNPAIRED_SURROGATE), flaw("\uDE9C"));
        assertEquals(Optional.of(Flaw.UNPAIRED_SURROGATE), flaw("end\uD83D"));
        assertEquals(Optional.of(Flaw.UNPAIRED_SURROGATE), flaw("\uDE9C\uD83D"), "reversed order is two strays");
    }

    @Test
    void bidirectionalOverridesAndIsolatesAreRefused() {
        assertEquals(Optional.of(Flaw.BIDI_CONTROL), flaw("金额 \u202E00.0001"));
        assertEquals(Optional.of(Flaw.BIDI_CONTROL), flaw("\u202Aabc\u202C"));
        assertEquals(Optional.of(Flaw.BIDI_CONTROL), flaw("\u2066abc\u2069"));
    }

    @Test
    void namesMadeOnlyOfInvisibleCharactersAreRefused() {
        assertEquals(Optional.of(Flaw.INVISIBLE_ONLY), flaw("\u200B\u200B"));
        assertEquals(Optional.of(Flaw.INVISIBLE_ONLY), flaw("\u3000\u3000"), "ideographic spaces pass String.trim");
        assertEquals(Optional.of(Flaw.INVISIBLE_ONLY), flaw("\u00A0"));
        assertEquals(Optional.of(Flaw.INVISIBLE_ONLY), flaw("\uFEFF \u2060"));
        assertEquals(Optional.of(Flaw.INVISIBLE_ONLY), flaw("\u3164"), "the Hangul filler looks like nothing");
        assertEquals(Optional.of(Flaw.INVISIBLE_ONLY), flaw("\u2800\u00AD"));
    }
}
