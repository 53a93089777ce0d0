package cn.sunledger.ledger.domain.model.region;

/**
 * The five levels of 行政区划. {@code prefixLength} is how many leading digits of a code identify a region
 * of this level, so the codes of its whole subtree start with those digits.
 */
public enum RegionLevel {
    PREFECTURE(4, "州/市", "Prefecture"),
    COUNTY(6, "县/市/区", "County"),
    TOWNSHIP(9, "乡/镇/街道", "Township"),
    VILLAGE(12, "行政村/社区", "Village"),
    NATURAL_VILLAGE(15, "自然村/村民小组", "Natural village");

    private final int prefixLength;
    private final String chineseName;
    private final String englishName;

    RegionLevel(int prefixLength, String chineseName, String englishName) {
        this.prefixLength = prefixLength;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    public int prefixLength() {
        return prefixLength;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    /** The level a parent of this level must have; null for the prefecture, the top. */
    public RegionLevel parentLevel() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }

    /** Accepts the enum name or the Chinese words an import sheet may use (州, 县, 乡, 村, 自然村 ...). */
    public static RegionLevel parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        for (RegionLevel level : values()) {
            if (level.name().equalsIgnoreCase(t) || level.chineseName.equals(t)) {
                return level;
            }
        }
        return switch (t) {
            case "州", "市", "州级", "地级" -> PREFECTURE;
            case "县", "区", "县级", "县市区" -> COUNTY;
            case "乡", "镇", "街道", "乡镇", "乡级" -> TOWNSHIP;
            case "村", "行政村", "社区", "村级" -> VILLAGE;
            case "自然村", "村民小组", "组" -> NATURAL_VILLAGE;
            default -> null;
        };
    }
}
