package cn.sunledger.ledger.domain.model.notice.document;

import java.util.regex.Pattern;

/**
 * A supervision telephone line printed on a notice, e.g. the county bureau's own number. The number is validated
 * because it becomes a tel: link and is printed for people to dial.
 */
public record Hotline(String name, String number) {

    /** Short service numbers (12317), landlines with area code (0872-2123456) and mobiles; '-' and spaces allowed. */
    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9][0-9 -]{2,18}[0-9]");

    // declared after NUMBER: static fields initialise in order and the constructor needs the pattern
    /** The national supervision line that every notice must carry. */
    public static final Hotline NATIONAL_SUPERVISION = new Hotline("国家乡村振兴局监督电话", "12317");

    public Hotline {
        name = Texts.requireText(name, "hotline name");
        number = Texts.requireText(number, "hotline number");
        if (!NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException("not a telephone number: " + number);
        }
    }

    /** The number as a tel: URI target: digits and a leading '+' only. */
    public String dialString() {
        return number.replaceAll("[ -]", "");
    }
}
