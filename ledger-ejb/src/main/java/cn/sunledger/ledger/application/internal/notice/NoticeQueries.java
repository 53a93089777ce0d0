package cn.sunledger.ledger.application.internal.notice;

import cn.sunledger.ledger.application.Page;
import cn.sunledger.ledger.application.notice.NoticeFilter;
import cn.sunledger.ledger.domain.model.notice.Notice;
import cn.sunledger.ledger.domain.model.notice.NoticeObjection;
import cn.sunledger.ledger.domain.model.notice.NoticePosting;
import cn.sunledger.ledger.domain.model.notice.NoticeStatus;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.infrastructure.persistence.jpa.PagedQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The notice engine's reads: one query per question, counts grouped over a whole page (no N+1). */
@ApplicationScoped
public class NoticeQueries {

    @PersistenceContext(unitName = "ledger")
    EntityManager em;

    public Notice find(long id) {
        Notice notice = em.find(Notice.class, id);
        if (notice == null) {
            throw LedgerException.notFound("notice.notFound", id);
        }
        return notice;
    }

    public void add(Notice notice) {
        em.persist(notice);
        em.flush();
    }

    /**
     * One page of the notices that concern a jurisdiction, newest first, with their true total: issued inside
     * it, posted inside it, or posted to a region that contains it (a county-wide notice concerns every
     * village of the county).
     */
    public Page<Notice> concerning(RegionCode scope, NoticeFilter filter, int page, int size) {
        // drafts are internal to the issuer's jurisdiction; once published a notice concerns where it is posted
        StringBuilder where = new StringBuilder(" from Notice n left join n.regionCodes r where "
                + "(n.issuerRegionCode like :prefix or (n.status <> :draft and (r like :prefix or r in :above)))");
        if (filter.status() != null) {
            where.append(" and n.status = :status");
        }
        if (filter.type() != null) {
            where.append(" and n.type = :type");
        }
        if (filter.year() != null) {
            // the year a notice was published in; a draft's, the year it was drafted
            where.append(" and coalesce(n.publishedAt, n.createdAt) >= :from and coalesce(n.publishedAt, n.createdAt) < :to");
        }
        // a notice posted to several matching regions joins several times: count and list it once
        TypedQuery<Long> count = em.createQuery("select count(distinct n)" + where, Long.class);
        TypedQuery<Notice> rows = em.createQuery("select distinct n" + where + " order by n.id desc", Notice.class);
        for (TypedQuery<?> q : List.of(count, rows)) {
            q.setParameter("prefix", scope.subtreePrefix() + "%")
                    .setParameter("above", above(scope))
                    .setParameter("draft", NoticeStatus.DRAFT);
            if (filter.status() != null) {
                q.setParameter("status", filter.status());
            }
            if (filter.type() != null) {
                q.setParameter("type", filter.type());
            }
            if (filter.year() != null) {
                q.setParameter("from", LocalDateTime.of(filter.year(), 1, 1, 0, 0));
                q.setParameter("to", LocalDateTime.of(filter.year() + 1, 1, 1, 0, 0));
            }
        }
        return PagedQuery.fetch(count, rows, page, size);
    }

    /** The codes of every region above {@code scope} (never empty: JPQL IN needs a value). */
    static List<String> above(RegionCode scope) {
        List<String> codes = new ArrayList<>();
        for (RegionLevel level : RegionLevel.values()) {
            if (level.ordinal() < scope.level().ordinal()) {
                codes.add(scope.ancestorAt(level).value());
            }
        }
        if (codes.isEmpty()) {
            codes.add("-");
        }
        return codes;
    }

    /** Every notice of a type about any of the subjects, whatever its status, newest first. */
    public List<Notice> about(String type, java.util.Collection<String> subjectIds) {
        return em.createQuery("select n from Notice n where n.type = :type and n.subjectId in :subjects"
                + " order by n.id desc", Notice.class)
                .setParameter("type", type).setParameter("subjects", subjectIds).getResultList();
    }

    /** The published (not superseded) notices of a type about one subject, newest first. */
    public List<Notice> published(String type, String subjectId) {
        return em.createQuery("select n from Notice n where n.type = :type and n.subjectId = :subject"
                + " and n.status = :status order by n.id desc", Notice.class)
                .setParameter("type", type).setParameter("subject", subjectId)
                .setParameter("status", cn.sunledger.ledger.domain.model.notice.NoticeStatus.PUBLISHED).getResultList();
    }

    public boolean hasPendingCorrection(long noticeId) {
        return !em.createQuery("select n.id from Notice n where n.supersedesId = :id", Long.class)
                .setParameter("id", noticeId).setMaxResults(1).getResultList().isEmpty();
    }

    public Map<Long, Long> openObjectionCounts(Collection<Long> noticeIds) {
        return counts("select o.noticeId, count(o) from NoticeObjection o where o.status = 'OPEN' and o.noticeId in :ids"
                + " group by o.noticeId", noticeIds);
    }

    /** The earliest board posting recorded with a photo, by notice: the evidence a late online entry relies on. */
    public Map<Long, LocalDate> earliestBoardPhotos(Collection<Long> noticeIds) {
        Map<Long, LocalDate> earliest = new HashMap<>();
        if (!noticeIds.isEmpty()) {
            em.createQuery("select p.noticeId, min(p.postedOn) from NoticePosting p where p.photo is not null"
                    + " and p.noticeId in :ids group by p.noticeId", Object[].class).setParameter("ids", noticeIds)
                    .getResultList().forEach(row -> earliest.put((Long) row[0], (LocalDate) row[1]));
        }
        return earliest;
    }

    public Map<Long, Long> postingCounts(Collection<Long> noticeIds) {
        return counts("select p.noticeId, count(p) from NoticePosting p where p.noticeId in :ids group by p.noticeId",
                noticeIds);
    }

    private Map<Long, Long> counts(String jpql, Collection<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }

    /** Notice numbers of the given notices (for the links between a notice and its correction). */
    public Map<Long, String> numbers(Collection<Long> ids) {
        Map<Long, String> numbers = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select n.id, n.noticeNo from Notice n where n.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList().forEach(row -> numbers.put((Long) row[0], (String) row[1]));
        }
        return numbers;
    }

    /** Hashes and log index of published notices, by notice number: [sha html, sha pdf, sha json, log index]. */
    public Map<String, Object[]> publications(Collection<String> noticeNos) {
        Map<String, Object[]> found = new HashMap<>();
        if (!noticeNos.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT notice_no, sha256_html, sha256_pdf, sha256_json, log_index"
                    + " FROM publication WHERE notice_no IN (:nos)").setParameter("nos", noticeNos).getResultList();
            rows.forEach(row -> found.put((String) row[0], new Object[] {row[1], row[2], row[3],
                    ((Number) row[4]).longValue()}));
        }
        return found;
    }

    public List<NoticeObjection> objections(long noticeId) {
        return em.createQuery("select o from NoticeObjection o where o.noticeId = :id order by o.id", NoticeObjection.class)
                .setParameter("id", noticeId).getResultList();
    }

    public NoticeObjection objection(long noticeId, long objectionId) {
        NoticeObjection o = objection(objectionId);
        if (o.noticeId() != noticeId) {
            throw LedgerException.notFound("objection.notFound", objectionId);
        }
        return o;
    }

    public NoticeObjection objection(long objectionId) {
        NoticeObjection o = em.find(NoticeObjection.class, objectionId);
        if (o == null) {
            throw LedgerException.notFound("objection.notFound", objectionId);
        }
        return o;
    }

    public List<NoticePosting> postings(long noticeId) {
        return em.createQuery("select p from NoticePosting p where p.noticeId = :id order by p.postedOn, p.id",
                NoticePosting.class).setParameter("id", noticeId).getResultList();
    }

    public NoticePosting posting(long noticeId, long postingId) {
        NoticePosting p = em.find(NoticePosting.class, postingId);
        if (p == null || p.noticeId() != noticeId) {
            throw LedgerException.notFound("posting.notFound", postingId);
        }
        return p;
    }

    public void add(Object entity) {
        em.persist(entity);
    }
}
