package cn.sunledger.portal.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A project asset as the public sees it on the pages of the place it is located in (public_asset, V30): what it is
 * (class and sub-type by their Chinese names), its 原值, when it formed, who owns and who operates it (masked names;
 * none for an owner who is a person), where it stands, the projects it formed from and the notices published about it.
 *
 * @param owners        the owners' names joined by 、, or null before 确权 or when the owner is a person
 * @param personalOwner the owner is a household: its name is not published
 * @param operator      the operator's masked name, or null when there is none or it is withheld
 */
public record PublicAsset(long id, String code, String name, String className, String subType,
        BigDecimal originalValue, LocalDate formedOn, String naturalVillageName, String ownerLevelName,
        boolean personalOwner, String owners, String operator, String statusName, List<Source> sources,
        List<PublicProject.Notice> notices) {

    /** A project the asset formed from, by its code and masked name. */
    public record Source(String projectCode, String projectName) {
    }

    PublicAsset with(List<Source> foundSources, List<PublicProject.Notice> foundNotices) {
        return new PublicAsset(id, code, name, className, subType, originalValue, formedOn, naturalVillageName,
                ownerLevelName, personalOwner, owners, operator, statusName, List.copyOf(foundSources),
                List.copyOf(foundNotices));
    }
}
