package cn.sunledger.ledger.application.internal.notice;

import cn.sunledger.ledger.application.notice.spi.NoticeContent;
import cn.sunledger.ledger.application.notice.spi.NoticeSource;
import cn.sunledger.ledger.domain.model.notice.Notice;
import cn.sunledger.ledger.domain.model.notice.NoticeFormat;
import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.notice.document.NoticeDocument;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.infrastructure.publication.FrozenPublication;
import cn.sunledger.ledger.infrastructure.publication.NoticeNumbers;
import cn.sunledger.ledger.infrastructure.publication.PublicationStore;
import cn.sunledger.ledger.infrastructure.render.NoticeHtmlRenderer;
import cn.sunledger.ledger.infrastructure.render.NoticeJsonRenderer;
import cn.sunledger.ledger.infrastructure.render.NoticePdfRenderer;
import cn.sunledger.ledger.infrastructure.transparency.TransparencyLogWriter;
import cn.sunledger.tlog.LogLeaf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Publishing, in the caller's transaction: number the notice, render it once in three formats, hash them,
 * append the leaf to the issuer's transparency log, write the frozen rows, and mark the draft published
 * (and the notice it corrects, superseded). Either all of it commits or none.
 */
@ApplicationScoped
public class NoticePublisher {

    private final NoticeHtmlRenderer html = new NoticeHtmlRenderer();
    private final NoticePdfRenderer pdf = new NoticePdfRenderer();
    private final NoticeJsonRenderer json = new NoticeJsonRenderer();

    @PersistenceContext(unitName = "ledger")
    EntityManager em;

    @Inject
    NoticeComposer composer;

    public FrozenPublication publish(Notice notice, Notice corrected, NoticeSource source, NoticeContent content,
            String publisher, LocalDateTime now) {
        PortalAddress.configured().requirePublishable();
        Session session = em.unwrap(Session.class);
        boolean late = notice.isLate() || content.late();
        RegionCode issuer = notice.issuerRegion();
        String noticeNo = session.doReturningWork(c -> NoticeNumbers.next(c, issuer, now.getYear()));
        String supersedesNo = corrected == null ? null : corrected.noticeNo();
        NoticeDocument doc = composer.compose(notice, source, content, noticeNo, now.toLocalDate(), supersedesNo, false);
        Map<NoticeFormat, byte[]> renditions = render(doc);
        Map<NoticeFormat, String> sha = new EnumMap<>(NoticeFormat.class);
        renditions.forEach((format, bytes) -> sha.put(format, sha256(bytes)));
        List<String> regionCodes = notice.regions().stream().map(RegionCode::value).sorted().toList();
        String logRegion = issuer.county().value();
        LogLeaf leaf = new LogLeaf(noticeNo, source.type(),
                LogLeaf.formatPublishedAt(now.atZone(NoticeViews.ZONE).toOffsetDateTime()), regionCodes,
                sha.get(NoticeFormat.HTML), sha.get(NoticeFormat.PDF), sha.get(NoticeFormat.JSON), supersedesNo);
        long logIndex = session.doReturningWork(c -> TransparencyLogWriter.append(c, logRegion, leaf, now));
        FrozenPublication frozen = new FrozenPublication(noticeNo, notice.id(), source.type(), content.title(),
                content.issuerName(), issuer.value(), content.docNumber(), now, notice.periodStart(),
                notice.periodEnd(), supersedesNo, late, regionCodes, renditions, sha, logRegion, logIndex,
                searchText(content));
        session.doWork(c -> PublicationStore.insert(c, frozen));
        notice.publish(noticeNo, content.title(), publisher, now, late);
        if (corrected != null) {
            corrected.supersededBy(notice);
            session.doWork(c -> PublicationStore.insertSupersession(c, corrected.noticeNo(), noticeNo,
                    notice.supersedeReason(), now));
        }
        em.flush();
        return frozen;
    }

    public byte[] render(NoticeDocument doc, NoticeFormat format) {
        return switch (format) {
            case HTML -> html.render(doc);
            case PDF -> pdf.render(doc);
            case JSON -> json.render(doc);
        };
    }

    private Map<NoticeFormat, byte[]> render(NoticeDocument doc) {
        Map<NoticeFormat, byte[]> out = new EnumMap<>(NoticeFormat.class);
        for (NoticeFormat format : NoticeFormat.values()) {
            out.put(format, render(doc, format));
        }
        return out;
    }

    /** What the portal's keyword search looks in: title and body text (masked by FrozenPublication). */
    private static String searchText(NoticeContent content) {
        String body = content.blocks().stream().map(NoticePublisher::text).collect(Collectors.joining("\n"));
        return content.title() + "\n" + body;
    }

    private static String text(Block block) {
        if (block instanceof Block.Heading h) {
            return h.text();
        }
        if (block instanceof Block.Paragraph p) {
            return p.text();
        }
        Block.Table t = (Block.Table) block;
        return String.join(" ", t.header()) + "\n"
                + t.rows().stream().map(r -> String.join(" ", r)).collect(Collectors.joining("\n"));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
