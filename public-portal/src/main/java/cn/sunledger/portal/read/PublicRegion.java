package cn.sunledger.portal.read;

/** A region as the public sees it. */
public record PublicRegion(String code, String name, String level, String parentCode, boolean demo,
        String supervisionHotline) {

    public String levelName() {
        return switch (level) {
            case "PREFECTURE" -> "州/市";
            case "COUNTY" -> "县/市/区";
            case "TOWNSHIP" -> "乡/镇";
            case "VILLAGE" -> "行政村/社区";
            default -> "自然村/村民小组";
        };
    }
}
