package cn.sunledger.portal.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Region codes as the portal's filters use them. Codes are hierarchical (V1__regions.sql): trailing zero
 * groups mark the higher levels, so a region's subtree is every code that starts with the region's
 * significant digits — 4 for a prefecture, 6 for a county, 9 for a township, 12 for an administrative
 * village and all 15 for a natural village. That turns "posted anywhere below" into an indexable
 * {@code LIKE 'prefix%'}.
 */
public final class RegionScope {

    private static final Pattern FORMAT = Pattern.compile("\\d{12}|\\d{15}");

    private RegionScope() {
    }

    /** 12 or 15 digits with a prefecture part; anything else cannot name a region. */
    public static boolean isValidCode(String code) {
        return code != null && FORMAT.matcher(code).matches() && !code.startsWith("0000");
    }

    /**
     * The leading digits shared by every code in the region's subtree.
     *
     * @throws IllegalArgumentException if {@code code} is not a valid region code
     */
    public static String subtreePrefix(String code) {
        if (!isValidCode(code)) {
            throw new IllegalArgumentException("not a region code: " + code);
        }
        if (code.length() == 15) {
            return code;
        }
        if (code.endsWith("00000000")) {
            return code.substring(0, 4);
        }
        if (code.endsWith("000000")) {
            return code.substring(0, 6);
        }
        if (code.endsWith("000")) {
            return code.substring(0, 9);
        }
        return code;
    }

    /**
     * The codes of the region and every region above it, top first (prefecture, county, township, village,
     * natural village, as far down as {@code code} goes): derived from the code, no lookup needed.
     */
    public static List<String> pathCodes(String code) {
        String prefix = subtreePrefix(code);
        List<String> codes = new ArrayList<>();
        for (int length : new int[] {4, 6, 9, 12, 15}) {
            if (length <= prefix.length()) {
                codes.add(length == 15 ? prefix : (prefix.substring(0, length) + "000000000000").substring(0, 12));
            }
        }
        return codes;
    }

    /** Whether {@code code} names a county or a prefecture, the two levels that keep a transparency log. */
    public static boolean isLogRegion(String code) {
        return isValidCode(code) && code.length() == 12 && code.endsWith("000000");
    }
}
