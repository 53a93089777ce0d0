package cn.sunledger.ledger.domain.model.shared;

/**
 * Masks personal data wherever it is shown (domain.md §7): ID numbers keep their first and last four
 * characters (5329**********1238), mobile numbers their first three and last four (138****5678).
 * Masking happens on the way out; stored data is never edited by it.
 */
public final class PersonalData {

    private PersonalData() {
    }

    public static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String p = phone.trim();
        if (p.length() < 7) {
            return "*".repeat(p.length());
        }
        return p.substring(0, 3) + "*".repeat(p.length() - 7) + p.substring(p.length() - 4);
    }

    public static String maskIdNumber(String id) {
        if (id == null || id.isBlank()) {
            return id;
        }
        String s = id.trim();
        if (s.length() <= 8) {
            return "*".repeat(s.length());
        }
        return s.substring(0, 4) + "*".repeat(s.length() - 8) + s.substring(s.length() - 4);
    }
}
