package cn.sunledger.ledger.infrastructure.persistence.jpa;

import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.user.StaffUser;
import cn.sunledger.ledger.domain.model.user.StaffUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaStaffUserRepository implements StaffUserRepository {

    @PersistenceContext(unitName = "ledger")
    EntityManager em;

    @Override
    public Optional<StaffUser> findByUsername(String username) {
        return em.createQuery("select u from StaffUser u where u.username = :u", StaffUser.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    @Override
    public List<StaffUser> homedWithin(RegionCode within) {
        return em.createQuery("select u from StaffUser u where u.regionCode like :prefix order by u.regionCode, u.username",
                StaffUser.class).setParameter("prefix", within.subtreePrefix() + "%").getResultList();
    }

    @Override
    public void add(StaffUser user) {
        em.persist(user);
    }
}
