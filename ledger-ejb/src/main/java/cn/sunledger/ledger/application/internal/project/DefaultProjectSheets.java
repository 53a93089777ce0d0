package cn.sunledger.ledger.application.internal.project;

import cn.sunledger.ledger.application.internal.project.sheet.ImportReferenceCheck;
import cn.sunledger.ledger.application.internal.project.sheet.ImportTemplateWorkbook;
import cn.sunledger.ledger.application.internal.project.sheet.ProjectListWorkbook;
import cn.sunledger.ledger.application.internal.project.sheet.ProjectSheetParser.ParsedProject;
import cn.sunledger.ledger.application.internal.project.sheet.ProjectSheetParser;
import cn.sunledger.ledger.application.project.ProjectFilter;
import cn.sunledger.ledger.application.project.ProjectSheets;
import cn.sunledger.ledger.application.project.ProjectSummary;
import cn.sunledger.ledger.domain.model.project.Project;
import cn.sunledger.ledger.domain.model.project.ProjectCategory;
import cn.sunledger.ledger.domain.model.region.Region;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.region.RegionRepository;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.audit.AuditActor;
import cn.sunledger.ledger.infrastructure.excel.SheetReader;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class DefaultProjectSheets implements ProjectSheets {

    /** Rows per sheet an import may have; 5,000 projects is more than a county drafts in a year. */
    static final int MAX_ROWS = 5_000;
    private static final int FLUSH_EVERY = 100;

    @Inject
    BusinessClock clock;

    @Inject
    ProjectStore projects;

    @Inject
    RegionRepository regions;

    @Inject
    AuditActor auditActor;

    @PersistenceContext(unitName = "ledger")
    EntityManager em;

    @Override
    public void export(Caller caller, ProjectFilter filter, OutputStream out) {
        AccessPolicy.require(caller, Action.VIEW_PROJECTS);
        ProjectFilter f = filter == null ? new ProjectFilter(null, null, null, null) : filter;
        if (f.region() != null) {
            AccessPolicy.require(caller, Action.VIEW_PROJECTS, f.region());
        }
        Map<String, String> categoryNames = projects.categories().stream()
                .collect(Collectors.toMap(ProjectCategory::code, ProjectCategory::name));
        // one streamed pass over the filter's projects: no page, no recount, a small window of rows in memory
        try (ProjectListWorkbook workbook = new ProjectListWorkbook()) {
            projects.forEachProject(caller.homeRegion(), f, row -> workbook.add(row.summary(), row.villageName(),
                    categoryNames.get(row.summary().categoryCode()), s -> s.status().chineseName()));
            workbook.write(out);
        }
    }

    @Override
    public void template(Caller caller, OutputStream out) {
        AccessPolicy.require(caller, Action.VIEW_PROJECTS);
        // the clerk's own natural villages are listed; a wider scope would make the list too long to be useful
        List<Region> naturalVillages = caller.homeRegion().level() == RegionLevel.VILLAGE
                ? regions.children(caller.homeRegion()) : List.of();
        ImportTemplateWorkbook.write(projects.categories(), naturalVillages, out);
    }

    @Override
    public ImportedProjects importDrafts(Caller caller, InputStream workbook, ImportProgress progress) {
        AccessPolicy.require(caller, Action.DRAFT_PROJECT);
        ImportProgress listener = progress == null ? ImportProgress.NONE : progress;
        ProjectSheetParser parser = new ProjectSheetParser();
        List<ParsedProject> rows = parser.parse(SheetReader.readWorkbook(workbook, MAX_ROWS));
        listener.rows(rows.size());
        List<Violation> violations = new ArrayList<>(parser.violations());

        Map<String, Boolean> leafCategories = leafCategories();
        Set<String> codes = new HashSet<>();
        rows.stream().filter(r -> r.details() != null)
                .forEach(r -> r.details().naturalVillages().forEach(nv -> codes.add(nv.value())));
        ImportReferenceCheck check = new ImportReferenceCheck(caller, leafCategories, regions.findAll(codes),
                violations);
        LocalDateTime now = clock.preciseNow();
        int checked = 0;
        for (ParsedProject row : rows) {
            if (row.details() != null) {
                check.check(row, now);
            }
            listener.checked(++checked);
        }
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing(Violation::sheet).thenComparing(Violation::row));
            throw new LedgerException(LedgerException.Kind.RULE, "import.project.rejected", violations,
                    violations.size());
        }
        if (rows.isEmpty()) {
            throw LedgerException.invalid("import.project.empty", PROJECT_SHEET);
        }
        return save(caller, rows, now, listener);
    }

    private ImportedProjects save(Caller caller, List<ParsedProject> rows, LocalDateTime now,
            ImportProgress listener) {
        auditActor.set(caller.username(), caller.role().name());
        List<Project> created = new ArrayList<>();
        for (ParsedProject row : rows) {
            created.add(new Project(row.details(), caller.username(), now));
        }
        // one block of numbers per county and year, drawn in row order: gap-free like single creation
        Map<String, List<Project>> byCountyYear = new LinkedHashMap<>();
        for (Project p : created) {
            byCountyYear.computeIfAbsent(p.county().value() + "/" + p.year(), k -> new ArrayList<>()).add(p);
        }
        for (List<Project> group : byCountyYear.values()) {
            int first = projects.takeSequence(group.get(0).county(), group.get(0).year(), group.size());
            for (int i = 0; i < group.size(); i++) {
                group.get(i).number(first + i);
            }
        }
        int saved = 0;
        for (Project p : created) {
            em.persist(p);
            if (++saved % FLUSH_EVERY == 0) {
                em.flush();
            }
            listener.saved(saved);
        }
        em.flush();
        return new ImportedProjects(created.size(), created.stream().map(Project::code).toList());
    }

    private Map<String, Boolean> leafCategories() {
        List<ProjectCategory> all = projects.categories();
        Set<String> parents = all.stream().map(ProjectCategory::parentCode).filter(c -> c != null)
                .collect(Collectors.toSet());
        Map<String, Boolean> leaf = new HashMap<>();
        all.forEach(c -> leaf.put(c.code(), !parents.contains(c.code())));
        return leaf;
    }
}
