package cn.sunledger.ledger.domain.model.user;

import cn.sunledger.ledger.domain.model.region.RegionLevel;
import java.util.EnumSet;
import java.util.Set;

/**
 * The staff roles of domain.md §1 and the region levels a user of each role may be homed at (a village
 * clerk belongs to a village, a township reviewer to a township, and so on).
 */
public enum Role {
    VILLAGE_CLERK("村级填报员", "Village clerk", EnumSet.of(RegionLevel.VILLAGE)),
    TOWNSHIP_REVIEWER("乡镇审核员", "Township reviewer", EnumSet.of(RegionLevel.TOWNSHIP)),
    COUNTY_DEPARTMENT("县行业部门", "County department", EnumSet.of(RegionLevel.COUNTY)),
    COUNTY_RURAL_BUREAU("县乡村振兴/农业农村局", "County rural bureau", EnumSet.of(RegionLevel.COUNTY)),
    COUNTY_FINANCE("县财政局", "County finance bureau", EnumSet.of(RegionLevel.COUNTY)),
    PREFECTURE_BUREAU("州级主管部门", "Prefecture bureau", EnumSet.of(RegionLevel.PREFECTURE)),
    AUDITOR("审计", "Auditor",
            EnumSet.of(RegionLevel.PREFECTURE, RegionLevel.COUNTY, RegionLevel.TOWNSHIP, RegionLevel.VILLAGE)),
    ADMIN("系统管理员", "Administrator", EnumSet.of(RegionLevel.PREFECTURE, RegionLevel.COUNTY));

    private final String chineseName;
    private final String englishName;
    private final Set<RegionLevel> homeLevels;

    Role(String chineseName, String englishName, Set<RegionLevel> homeLevels) {
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.homeLevels = homeLevels;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    public boolean mayBeHomedAt(RegionLevel level) {
        return homeLevels.contains(level);
    }

    public Set<RegionLevel> homeLevels() {
        return EnumSet.copyOf(homeLevels);
    }
}
