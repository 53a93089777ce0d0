package cn.sunledger.portal.web;

import java.util.Locale;

/**
 * Reads an Accept header just far enough to choose between an HTML page and JSON: HTML only when the
 * client ranks text/html above application/json (a browser does; curl's {@code * / *} does not).
 */
public final class MediaPreference {

    private MediaPreference() {
    }

    public static boolean prefersHtml(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        return quality(accept, "text", "html") > quality(accept, "application", "json");
    }

    /** The q-value the header gives this type: the most specific matching range wins (RFC 9110 §12.5.1). */
    static double quality(String accept, String type, String subtype) {
        double best = 0;
        int bestSpecificity = -1;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String media = parts[0].strip().toLowerCase(Locale.ROOT);
            int slash = media.indexOf('/');
            if (slash < 0) {
                continue;
            }
            String t = media.substring(0, slash);
            String s = media.substring(slash + 1);
            int specificity;
            if (t.equals(type) && s.equals(subtype)) {
                specificity = 2;
            } else if (t.equals(type) && s.equals("*")) {
                specificity = 1;
            } else if (t.equals("*") && s.equals("*")) {
                specificity = 0;
            } else {
                continue;
            }
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                best = qValue(parts);
            }
        }
        return best;
    }

    private static double qValue(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.startsWith("q=") || p.startsWith("Q=")) {
                try {
                    double q = Double.parseDouble(p.substring(2));
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
