package cn.sunledger.ledger.domain.model.household;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A citizen's identity number as GB 11643-1999 defines it: 18 characters — the 6-digit administrative division code
 * of the place of registration, the birth date (yyyyMMdd), a 3-digit sequence and a check character computed by
 * ISO 7064 MOD 11-2 (0–9 or X). {@link #problem} says what is wrong with a typed number (a message key), so a
 * form and an import refuse it with a reason; {@link #normalise} gives the one spelling that is hashed and sealed.
 */
public final class ResidentIdNumber {

    private static final Pattern SHAPE = Pattern.compile("[0-9]{17}[0-9X]");
    /** The weights of ISO 7064 MOD 11-2 for the 17 digits, and the check character for each remainder. */
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();
    /** The province-level codes of GB/T 2260 (the first two digits of every division code). */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private ResidentIdNumber() {
    }

    /** Trimmed, with a lower-case x as the X it stands for. */
    public static String normalise(String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * Why {@code text} is not a valid ID number as of {@code today}, as a message key of the ledger's messages (none
     * if it is valid): length and characters, the division code's pattern (a known province, prefecture and county
     * digits not both 00), the birth date (a real day, not before 1900, not after today), the check character.
     */
    public static Optional<String> problem(String text, LocalDate today) {
        String id = normalise(text);
        if (id.length() != 18) {
            return Optional.of("household.id.length");
        }
        if (!SHAPE.matcher(id).matches()) {
            return Optional.of("household.id.characters");
        }
        if (!PROVINCES.contains(id.substring(0, 2)) || id.startsWith("0000", 2)) {
            return Optional.of("household.id.region");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.of("household.id.birthDate");
        }
        if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            return Optional.of("household.id.birthDate");
        }
        if (checkCharacter(id.substring(0, 17)) != id.charAt(17)) {
            return Optional.of("household.id.checkDigit");
        }
        return Optional.empty();
    }

    /** The check character of the first 17 digits (ISO 7064 MOD 11-2). */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("17 digits expected");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int digit = first17.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                throw new IllegalArgumentException("17 digits expected");
            }
            sum += digit * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
