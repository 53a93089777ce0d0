package cn.sunledger.ledger.infrastructure.persistence.jpa;

import cn.sunledger.ledger.domain.model.region.Region;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.region.RegionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaRegionRepository implements RegionRepository {

    @PersistenceContext(unitName = "ledger")
    EntityManager em;

    @Override
    public Optional<Region> find(RegionCode code) {
        return Optional.ofNullable(em.find(Region.class, code.value()));
    }

    @Override
    public Map<String, Region> findAll(Collection<String> codes) {
        Map<String, Region> found = new HashMap<>();
        List<String> list = new ArrayList<>(codes);
        // bounded IN lists: an import may name tens of thousands of codes
        for (int i = 0; i < list.size(); i += 1000) {
            em.createQuery("select r from Region r where r.code in :codes", Region.class)
                    .setParameter("codes", list.subList(i, Math.min(list.size(), i + 1000)))
                    .getResultList().forEach(r -> found.put(r.code().value(), r));
        }
        return found;
    }

    @Override
    public List<Region> children(RegionCode parent) {
        return em.createQuery("select r from Region r where r.parentCode = :p order by r.code", Region.class)
                .setParameter("p", parent.value()).getResultList();
    }

    @Override
    public List<Region> roots() {
        return em.createQuery("select r from Region r where r.parentCode is null order by r.code", Region.class)
                .getResultList();
    }

    @Override
    public Map<String, Long> childCounts(Collection<String> parentCodes) {
        if (parentCodes.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("select r.parentCode, count(r) from Region r where r.parentCode in :p group by r.parentCode",
                Object[].class).setParameter("p", parentCodes).getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public List<Region> path(RegionCode code) {
        List<String> codes = new ArrayList<>();
        for (RegionLevel level : RegionLevel.values()) {
            if (level.ordinal() <= code.level().ordinal()) {
                codes.add(code.ancestorAt(level).value());
            }
        }
        Map<String, Region> found = findAll(codes);
        return codes.stream().map(found::get).filter(r -> r != null).toList();
    }

    @Override
    public long countByLevel(RegionLevel level, RegionCode within) {
        return em.createQuery("select count(r) from Region r where r.level = :l and r.code like :prefix", Long.class)
                .setParameter("l", level).setParameter("prefix", within.subtreePrefix() + "%").getSingleResult();
    }

    @Override
    public boolean anyDemo() {
        return !em.createQuery("select r.code from Region r where r.demo = true", String.class).setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public void add(Region region) {
        em.persist(region);
    }
}
