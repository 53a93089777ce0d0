package cn.sunledger.ledger.domain.model.region;

import java.util.regex.Pattern;

/**
 * A 统计用区划代码: 12 digits from the prefecture down to the administrative village, 15 digits (the
 * village's code and a 3-digit sequence) for a natural village. The level follows from the code itself:
 * trailing zero groups mark the higher levels (532900000000 prefecture, 532922000000 county,
 * 532922101000 township). Because codes are hierarchical, "is inside" is a prefix test, which also
 * makes region-scoped queries an indexable {@code LIKE 'prefix%'}.
 */
public record RegionCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{12}|\\d{15}");

    public RegionCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("region code must be 12 or 15 digits: " + value);
        }
        if (value.startsWith("0000")) {
            throw new IllegalArgumentException("region code has no prefecture part: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches() && !value.startsWith("0000");
    }

    public static RegionCode of(String value) {
        return new RegionCode(value);
    }

    public RegionLevel level() {
        if (value.length() == 15) {
            return RegionLevel.NATURAL_VILLAGE;
        }
        if (value.substring(4).equals("00000000")) {
            return RegionLevel.PREFECTURE;
        }
        if (value.substring(6).equals("000000")) {
            return RegionLevel.COUNTY;
        }
        if (value.substring(9).equals("000")) {
            return RegionLevel.TOWNSHIP;
        }
        return RegionLevel.VILLAGE;
    }

    /** The leading digits every code in this region's subtree shares. */
    public String subtreePrefix() {
        return value.substring(0, level().prefixLength());
    }

    /** True if {@code other} is this region or lies below it. */
    public boolean contains(RegionCode other) {
        return other.value.startsWith(subtreePrefix());
    }

    /** The code of the enclosing region at {@code level} (which must be this level or above). */
    public RegionCode ancestorAt(RegionLevel level) {
        if (level.ordinal() > level().ordinal()) {
            throw new IllegalArgumentException(level + " is below " + this);
        }
        String prefix = value.substring(0, level.prefixLength());
        return new RegionCode(level == RegionLevel.NATURAL_VILLAGE ? prefix : (prefix + "000000000000").substring(0, 12));
    }

    /** The county this region belongs to, which keeps its transparency log; the prefecture for itself. */
    public RegionCode county() {
        return level() == RegionLevel.PREFECTURE ? this : ancestorAt(RegionLevel.COUNTY);
    }

    @Override
    public String toString() {
        return value;
    }
}
