package cn.sunledger.ledger.domain.model.shared;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks resident ID numbers and mobile numbers in text meant for the public, as the rules on publishing
 * poverty-alleviation notices require (names and villages stay visible, identifiers do not).
 *
 * <p>The patterns are anchored on "no letter or digit on either side" so that longer numbers (12- and 15-digit
 * region codes, bank amounts, serial numbers) are never partly masked, and an ASCII point followed by a digit
 * counts as part of the number so amounts such as {@code 13812345678.00} stay untouched.
 */
public final class PersonalDataMasker {

    /** A number boundary: no digit or Latin letter, and not the integer part or fraction of a decimal. */
    private static final String BEFORE = "(?<![0-9A-Za-z])(?<![0-9]\\.)";
    private static final String AFTER = "(?![0-9A-Za-z])(?!\\.[0-9])";

    /**
     * 18-character resident ID: 6-digit region, birth date 18xx-20xx with a plausible month and day, 3-digit
     * sequence, check character 0-9 or X. The check digit is deliberately not verified: a mistyped ID is still
     * someone's personal data.
     */
    private static final Pattern ID_NUMBER = Pattern.compile(BEFORE
            + "([1-9][0-9]{3})([0-9]{2}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]))"
            + "([0-9]{3}[0-9Xx])" + AFTER);

    /**
     * Mainland mobile number: 1, then 3-9, then 9 digits, optionally grouped 3-4-4 by the same separator. Not
     * followed by a money or percent unit, so "13000000000元" is read as an amount.
     */
    private static final Pattern MOBILE = Pattern.compile(BEFORE
            + "(1[3-9][0-9])([ -]?)([0-9]{4})\\2([0-9]{4})" + AFTER + "(?!\\s*[元万亿%％])");

    private static final Pattern WHOLE_ID = Pattern.compile("[1-9][0-9]{16}[0-9Xx]");
    private static final Pattern WHOLE_MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    private PersonalDataMasker() {
    }

    /**
     * Masks one ID number, keeping the first 4 (the prefecture, which the notice shows anyway) and the last 4.
     *
     * @throws IllegalArgumentException if the value is not an 18-character ID number: returning it unmasked
     *                                  would publish it
     */
    public static String maskIdNumber(String idNumber) {
        String id = idNumber == null ? "" : idNumber.strip();
        if (!WHOLE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not an 18-character ID number");
        }
        return id.substring(0, 4) + "*".repeat(10) + id.substring(14);
    }

    /**
     * Masks one 11-digit mobile number, keeping the first 3 (the carrier) and the last 4.
     *
     * @throws IllegalArgumentException if the value is not a mobile number
     */
    public static String maskPhone(String phone) {
        String p = phone == null ? "" : phone.strip();
        if (!WHOLE_MOBILE.matcher(p).matches()) {
            throw new IllegalArgumentException("not an 11-digit mobile number");
        }
        return p.substring(0, 3) + "****" + p.substring(7);
    }

    /** Masks every ID number and mobile number found in free text; all other characters are left as they are. */
    public static String maskText(String text) {
        if (text == null || text.length() < 11) {
            return text;
        }
        String withoutIds = replace(ID_NUMBER.matcher(text), m -> m.group(1) + "*".repeat(10) + m.group(3));
        return replace(MOBILE.matcher(withoutIds),
                m -> m.group(1) + m.group(2) + "****" + m.group(2) + m.group(4));
    }

    private static String replace(Matcher m, Function<Matcher, String> replacement) {
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
