package cn.sunledger.ledger.application.internal.notice;

import cn.sunledger.ledger.application.notice.spi.NoticeContent;
import cn.sunledger.ledger.application.notice.spi.NoticeSource;
import cn.sunledger.ledger.domain.model.notice.Notice;
import cn.sunledger.ledger.domain.model.notice.document.Hotline;
import cn.sunledger.ledger.domain.model.notice.document.NoticeDocument;
import cn.sunledger.ledger.domain.model.region.Region;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.region.RegionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;

/**
 * Builds the format-independent NoticeDocument of a notice: the source's content plus what every notice
 * carries (number, type, period, where it is posted, the hotlines 12317 and the issuer's own, and the
 * portal URL its QR code points to).
 */
@ApplicationScoped
public class NoticeComposer {

    @Inject
    RegionRepository regions;

    public NoticeDocument compose(Notice notice, NoticeSource source, NoticeContent content, String noticeNo,
            LocalDate publishedOn, String supersedesNo, boolean draft) {
        return NoticeDocument.builder()
                .noticeNo(noticeNo)
                .type(source.type(), source.chineseName())
                .title(content.title())
                .issuer(content.issuerName())
                .docNumber(content.docNumber())
                .publishedOn(publishedOn)
                .period(notice.periodStart(), notice.periodEnd())
                .regionNames(regionNames(notice.regions()))
                .hotlines(hotlines(content.issuerRegion(), content.issuerName()))
                .portalUrl(noticeNo == null ? null : PortalAddress.configured().noticeUrl(noticeNo))
                .blocks(content.blocks())
                .attachments(content.attachments())
                .supersedes(supersedesNo)
                .draft(draft)
                .build();
    }

    /**
     * Places are named from the county down (光明村光明上组 alone would be ambiguous on a county portal). The
     * ancestors follow from the codes, so all places are named with one lookup.
     */
    private List<String> regionNames(List<RegionCode> codes) {
        Set<String> wanted = new HashSet<>();
        for (RegionCode code : codes) {
            for (RegionLevel level : RegionLevel.values()) {
                if (level.ordinal() <= code.level().ordinal()) {
                    wanted.add(code.ancestorAt(level).value());
                }
            }
        }
        Map<String, Region> found = regions.findAll(wanted);
        List<String> names = new ArrayList<>();
        for (RegionCode code : codes) {
            StringBuilder name = new StringBuilder();
            for (RegionLevel level : RegionLevel.values()) {
                boolean shown = level != RegionLevel.PREFECTURE || code.level() == RegionLevel.PREFECTURE;
                Region r = level.ordinal() <= code.level().ordinal() ? found.get(code.ancestorAt(level).value()) : null;
                if (shown && r != null) {
                    name.append(r.name());
                }
            }
            names.add(name.isEmpty() ? code.value() : name.toString());
        }
        return names;
    }

    private List<Hotline> hotlines(RegionCode issuer, String issuerName) {
        List<Hotline> lines = new ArrayList<>();
        regions.find(issuer).filter(r -> r.supervisionHotline() != null)
                .ifPresent(r -> lines.add(new Hotline(r.name() + "监督电话", r.supervisionHotline())));
        return lines;
    }
}
