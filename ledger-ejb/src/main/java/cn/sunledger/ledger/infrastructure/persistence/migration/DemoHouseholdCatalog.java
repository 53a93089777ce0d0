package cn.sunledger.ledger.infrastructure.persistence.migration;

import cn.sunledger.ledger.domain.model.household.HouseholdCategory;
import cn.sunledger.ledger.domain.model.household.ResidentIdNumber;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Who the demo's households of 光明村 are: 36 invented households over its three natural villages, each head's name
 * marked （演示）. The ID numbers are invented but valid as GB 11643 defines them (漾濞's prefix 532922, a real birth
 * date, the computed check character) and the phones are invented mobile numbers; both are derived from the
 * household's place in this list, so the tests know every one of them and can look for them where they must never be
 * in plain text. Public for that reason only: nothing but the demo loader registers them.
 */
public final class DemoHouseholdCatalog {

    public static final String VILLAGE = "532922101201";

    /** One demo household as it is registered; {@code phone} may be null (a household without a mobile number). */
    public record DemoHousehold(String naturalVillageCode, String headName, String idNumber, String phone, int members,
            HouseholdCategory category) {
    }

    private static final String[] SURNAMES = {"杨", "李", "字", "张", "罗", "段", "赵", "王", "茶", "何", "苏", "鲁"};
    private static final String[] GIVEN = {"建华", "春梅", "文光", "秀英", "国富", "玉兰", "正才", "丽芳", "永昌",
        "桂香", "志明", "金凤"};
    /**
     * The households' categories in order: A 脱贫户, U 脱贫不稳定户, M 边缘易致贫户, S 突发严重困难户, O 一般农户 —
     * 12, 3, 3, 2 and 16 of them. The household at {@link #NEWLY_MONITORED} is registered as 一般农户 and then taken
     * into monitoring, the category change the demo's history shows.
     */
    private static final String CATEGORIES = "AOAUOMAOAOSAOUAOMAOAOSOAUOAMOAOAOOOO";
    public static final int NEWLY_MONITORED = 7;
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1946, 5, 17);

    public static final List<DemoHousehold> HOUSEHOLDS = households();

    private DemoHouseholdCatalog() {
    }

    /** Every ID number and phone of the demo, as registered (the secrets no table or log may hold in plain text). */
    public static List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        for (DemoHousehold h : HOUSEHOLDS) {
            secrets.add(h.idNumber());
            if (h.phone() != null) {
                secrets.add(h.phone());
            }
        }
        return List.copyOf(secrets);
    }

    private static List<DemoHousehold> households() {
        List<DemoHousehold> list = new ArrayList<>();
        for (int i = 0; i < CATEGORIES.length(); i++) {
            String naturalVillage = VILLAGE + (i < 16 ? "001" : i < 28 ? "002" : "003");
            String name = SURNAMES[i % SURNAMES.length] + GIVEN[(i + i / SURNAMES.length) % GIVEN.length] + "（演示）";
            String first17 = "532922" + FIRST_BIRTH.plusDays(587L * i).format(DateTimeFormatter.BASIC_ISO_DATE)
                    + String.format("%03d", (37 + 53 * i) % 1000);
            String id = first17 + ResidentIdNumber.checkCharacter(first17);
            String phone = i % 3 == 2 ? null : "1700872" + String.format("%04d", 1000 + 37 * i);
            int members = 1 + (i * 3) % 5;
            HouseholdCategory category = i == NEWLY_MONITORED ? HouseholdCategory.ORDINARY : category(CATEGORIES.charAt(i));
            list.add(new DemoHousehold(naturalVillage, name, id, phone, members, category));
        }
        return List.copyOf(list);
    }

    private static HouseholdCategory category(char c) {
        return switch (c) {
            case 'A' -> HouseholdCategory.ALLEVIATED;
            case 'U' -> HouseholdCategory.MONITORED_UNSTABLE;
            case 'M' -> HouseholdCategory.MONITORED_MARGINAL;
            case 'S' -> HouseholdCategory.MONITORED_SUDDEN;
            default -> HouseholdCategory.ORDINARY;
        };
    }
}
