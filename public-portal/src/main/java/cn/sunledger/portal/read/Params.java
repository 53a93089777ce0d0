package cn.sunledger.portal.read;

import cn.sunledger.portal.read.BadParameterException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads request parameters into checked values, collecting every error before refusing, so a client
 * learns about all its mistakes from one 400.
 */
public final class Params {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");

    private final Function<String, String> source;
    private final List<FieldError> errors = new ArrayList<>();

    public Params(Function<String, String> source) {
        this.source = source;
    }

    /** The trimmed value, or null when absent or blank. */
    public String text(String name) {
        String value = source.apply(name);
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** A whole number in {@code [min, max]}, {@code fallback} when absent; null (and an error) when invalid. */
    public Long number(String name, long fallback, long min, long max) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        if (!DIGITS.matcher(value).matches() || Long.parseLong(value) < min || Long.parseLong(value) > max) {
            errors.add(new FieldError(name, name + " 必须是 " + min + " 到 " + max + " 之间的整数",
                    name + " must be a whole number from " + min + " to " + max));
            return null;
        }
        return Long.parseLong(value);
    }

    /** Like {@link #number} but absent stays null. */
    public Long optionalNumber(String name, long min, long max) {
        return text(name) == null ? null : number(name, 0, min, max);
    }

    /** A region code (12 or 15 digits), or null when absent. */
    public String regionCode(String name) {
        String value = text(name);
        if (value != null && !RegionScope.isValidCode(value)) {
            errors.add(new FieldError(name, name + " 必须是 12 位或 15 位的区划代码",
                    name + " must be a 12- or 15-digit region code"));
            return null;
        }
        return value;
    }

    /** A value matching {@code pattern}, or null when absent. */
    public String matching(String name, Pattern pattern, String chinese, String english) {
        String value = text(name);
        if (value != null && !pattern.matcher(value).matches()) {
            errors.add(new FieldError(name, chinese, english));
            return null;
        }
        return value;
    }

    public void refuse(String name, String chinese, String english) {
        errors.add(new FieldError(name, chinese, english));
    }

    /** @throws BadParameterException if any parameter read so far was invalid */
    public void check() {
        if (!errors.isEmpty()) {
            throw new BadParameterException(errors);
        }
    }
}
