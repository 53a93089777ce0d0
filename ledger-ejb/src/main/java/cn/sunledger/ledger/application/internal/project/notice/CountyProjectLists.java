package cn.sunledger.ledger.application.internal.project.notice;

import cn.sunledger.ledger.application.internal.project.ProjectStore;
import cn.sunledger.ledger.domain.model.project.FundShare;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.project.Indicator;
import cn.sunledger.ledger.domain.model.project.IndicatorKind;
import cn.sunledger.ledger.domain.model.project.LinkageType;
import cn.sunledger.ledger.domain.model.project.ProjectCategory;
import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import cn.sunledger.ledger.domain.model.region.Region;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.region.RegionRepository;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The projects of one county and year for the county-wide list notices (项目入库公告, 年度项目计划公告), loaded in
 * a fixed number of queries however many projects there are: the rows, their fund shares, their natural
 * villages, their indicators, the place names and the categories.
 */
@ApplicationScoped
public class CountyProjectLists {

    private static final String WHERE = " where p.countyCode = :c and p.year = :y and p.status in :s";

    @PersistenceContext(unitName = "ledger")
    EntityManager em;

    @Inject
    ProjectStore projects;

    @Inject
    RegionRepository regions;

    /** A county and year, from a subject id {@code county12:year} such as 532922000000:2026. */
    public record Subject(RegionCode county, String countyName, int year) {

        public String id() {
            return county.value() + ":" + year;
        }
    }

    /** One listed project, with what the notices show of it. */
    public record Row(long id, String code, String name, String categoryName, String place, String content,
            String scale, List<FundShare> funds, BigDecimal total, String period, String implementingUnit,
            int households, int alleviatedHouseholds, int monitoredHouseholds, String linkage,
            List<Indicator> indicators) {
    }

    /** Parses and checks the subject: a county that exists, a plausible year, in the caller's scope. */
    public Subject subject(Caller caller, String subjectId) {
        String[] parts = subjectId == null ? new String[0] : subjectId.trim().split(":");
        if (parts.length != 2 || !RegionCode.isValid(parts[0]) || !parts[1].matches("\\d{4}")
                || RegionCode.of(parts[0]).level() != RegionLevel.COUNTY) {
            throw LedgerException.invalid("notice.badCountyYear", String.valueOf(subjectId));
        }
        RegionCode county = RegionCode.of(parts[0]);
        AccessPolicy.require(caller, Action.VIEW_PROJECTS, county);
        Region region = regions.find(county)
                .orElseThrow(() -> LedgerException.notFound("region.notFound", county.value()));
        return new Subject(county, region.name(), Integer.parseInt(parts[1]));
    }

    /** The county's projects of the year in the given statuses, ordered by code. */
    public List<Row> projects(Subject s, Collection<ProjectStatus> statuses) {
        List<Object[]> rows = bind(em.createQuery("select p.id, p.code, p.name, p.categoryCode, p.villageCode,"
                + " p.townshipCode, p.content, p.scaleQuantity, p.scaleUnit, p.startMonth, p.endMonth,"
                + " p.implementingUnit, p.households, p.alleviatedHouseholds, p.monitoredHouseholds, p.linkageType,"
                + " p.linkageDescription from Project p" + WHERE + " order by p.code", Object[].class), s, statuses)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<FundShare>> funds = new HashMap<>();
        bind(em.createQuery("select p.id, f.source, f.amount from Project p join p.fundShares f" + WHERE
                + " order by p.id, index(f)", Object[].class), s, statuses).getResultList()
                .forEach(r -> funds.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(new FundShare((FundSource) r[1], (BigDecimal) r[2])));
        Map<Long, List<String>> places = new HashMap<>();
        bind(em.createQuery("select p.id, nv from Project p join p.naturalVillageCodes nv" + WHERE
                + " order by p.id, nv", Object[].class), s, statuses).getResultList()
                .forEach(r -> places.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
        Map<Long, List<Indicator>> indicators = new HashMap<>();
        bind(em.createQuery("select p.id, i.kind, i.name, i.target, i.unit from Project p join p.indicators i" + WHERE
                + " order by p.id, index(i)", Object[].class), s, statuses).getResultList()
                .forEach(r -> indicators.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(new Indicator((IndicatorKind) r[1], (String) r[2], (String) r[3], (String) r[4])));
        Set<String> codes = new HashSet<>();
        rows.forEach(r -> {
            codes.add((String) r[4]);
            codes.add((String) r[5]);
        });
        places.values().forEach(codes::addAll);
        Map<String, Region> names = regions.findAll(codes);
        Map<String, String> categories = projects.categories().stream()
                .collect(Collectors.toMap(ProjectCategory::code, ProjectCategory::name, (a, b) -> a, LinkedHashMap::new));
        List<Row> result = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long id = (Long) r[0];
            List<FundShare> money = funds.getOrDefault(id, List.of());
            BigDecimal total = money.stream().map(FundShare::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
            String place = name(names, (String) r[5]) + name(names, (String) r[4]) + "（"
                    + places.getOrDefault(id, List.of()).stream().map(c -> name(names, c)).collect(Collectors.joining("、"))
                    + "）";
            BigDecimal quantity = (BigDecimal) r[7];
            String unit = r[8] == null ? "" : (String) r[8];
            String scale = quantity == null ? unit : ProjectNoticeContent.quantity(quantity) + unit;
            LinkageType linkage = (LinkageType) r[15];
            result.add(new Row(id, (String) r[1], (String) r[2], categories.getOrDefault((String) r[3], (String) r[3]),
                    place, (String) r[6], scale, money, total, r[9] + " 至 " + r[10], (String) r[11], (Integer) r[12],
                    (Integer) r[13], (Integer) r[14],
                    linkage == null ? "" : linkage.chineseName() + (r[16] == null ? "" : "：" + r[16]),
                    indicators.getOrDefault(id, List.of())));
        }
        return result;
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, Subject s, Collection<ProjectStatus> statuses) {
        return q.setParameter("c", s.county().value()).setParameter("y", s.year()).setParameter("s", statuses);
    }

    private static String name(Map<String, Region> names, String code) {
        Region r = names.get(code);
        return r == null ? code : r.name();
    }

    public EntityManager em() {
        return em;
    }
}
