package cn.sunledger.ledger.infrastructure.render;

/** Character-level rules about Chinese document text shared by the policy parser's parts. */
final class PolicyText {

    /** Marks that end a sentence or a clause at the end of a paragraph, including a closing bracket or quote. */
    private static final String SENTENCE_END = "。！？；：!?;:…”’」』）)》";

    private PolicyText() {
    }

    /**
     * Normalises one line: no-break and ideographic spaces become plain spaces (web pages use them for layout),
     * and white space at both ends goes. Tabs inside are kept, they separate table cells.
     */
    static String clean(String line) {
        return line.replace('\u00A0', ' ').replace('\u3000', ' ').replace("\uFEFF", "").strip();
    }

    static boolean endsSentence(String text) {
        return !text.isEmpty() && SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /**
     * A line cut off in the middle of a sentence, as PDF-to-text and web copies leave them: long enough to be
     * running text and not ending a sentence. The next line continues it.
     */
    static boolean looksWrapped(String line) {
        return line.length() >= 20 && !endsSentence(line);
    }

    static boolean isNumeric(String cell) {
        return cell.matches("[-+]?[0-9][0-9,]*(\\.[0-9]+)?[%％]?");
    }
}
