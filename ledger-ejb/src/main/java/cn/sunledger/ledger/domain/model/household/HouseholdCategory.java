package cn.sunledger.ledger.domain.model.household;

import java.util.Arrays;
import java.util.Optional;

/**
 * 户类型 (domain.md §6, api.md codes): 脱贫户, the three kinds of 监测户 (防止返贫监测对象) and 一般农户. A household's
 * category changes over the years; each change is a row of its history.
 */
public enum HouseholdCategory {
    ALLEVIATED("脱贫户", "Poverty-alleviated household"),
    MONITORED_UNSTABLE("脱贫不稳定户", "Monitored: unstable after alleviation"),
    MONITORED_MARGINAL("边缘易致贫户", "Monitored: marginal, prone to poverty"),
    MONITORED_SUDDEN("突发严重困难户", "Monitored: sudden severe hardship"),
    ORDINARY("一般农户", "Ordinary household");

    private final String chineseName;
    private final String englishName;

    HouseholdCategory(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    /** One of the three kinds of 监测户. */
    public boolean monitored() {
        return name().startsWith("MONITORED_");
    }

    /** The category a spreadsheet cell names, by its Chinese name or its code. */
    public static Optional<HouseholdCategory> ofCell(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(c -> c.chineseName.equals(t) || c.name().equalsIgnoreCase(t)).findFirst();
    }
}
