package cn.sunledger.ledger.application.internal.project;

import cn.sunledger.ledger.application.Page;
import cn.sunledger.ledger.application.internal.notice.ClearanceRefusal;
import cn.sunledger.ledger.application.notice.NoticeGate;
import cn.sunledger.ledger.application.project.AcceptanceForm;
import cn.sunledger.ledger.application.project.AcceptanceView;
import cn.sunledger.ledger.application.project.ActionForm;
import cn.sunledger.ledger.application.project.CategoryView;
import cn.sunledger.ledger.application.project.ProjectAllocations;
import cn.sunledger.ledger.application.project.ProjectFilter;
import cn.sunledger.ledger.application.project.ProjectLibrary;
import cn.sunledger.ledger.application.project.ProjectSummary;
import cn.sunledger.ledger.application.project.ProjectView;
import cn.sunledger.ledger.application.project.TransitionView;
import cn.sunledger.ledger.domain.model.project.Acceptance;
import cn.sunledger.ledger.domain.model.project.Indicator;
import cn.sunledger.ledger.domain.model.project.Project;
import cn.sunledger.ledger.domain.model.project.ProjectAction;
import cn.sunledger.ledger.domain.model.project.ProjectCategory;
import cn.sunledger.ledger.domain.model.project.ProjectDetails;
import cn.sunledger.ledger.domain.model.project.ProjectTransition;
import cn.sunledger.ledger.domain.model.region.Region;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionRepository;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.audit.AuditActor;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class DefaultProjectLibrary implements ProjectLibrary {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    BusinessClock clock;

    @Inject
    ProjectStore projects;

    @Inject
    RegionRepository regions;

    @Inject
    NoticeGate gate;

    @Inject
    ClearanceRefusal clearanceRefusal;

    @Inject
    AuditActor auditActor;

    @Inject
    DefaultProjectAdjustments adjustments;

    @Inject
    ProjectAllocations allocations;

    @Inject
    ProjectReferences references;

    @Inject
    AcceptanceStore acceptances;

    @Override
    public ProjectView create(Caller caller, ProjectDetails details) {
        RegionCode village = Project.villageOf(details.naturalVillages());
        AccessPolicy.require(caller, Action.DRAFT_PROJECT, village);
        checkReferences(details);
        auditActor.set(caller.username(), caller.role().name());
        Project project = new Project(details, caller.username(), clock.preciseNow());
        project.number(projects.takeSequence(project.county(), project.year(), 1));
        projects.add(project);
        return view(project);
    }

    @Override
    public ProjectView update(Caller caller, long id, ProjectDetails details, Long expectedVersion) {
        Project project = projects.find(id);
        AccessPolicy.require(caller, Action.DRAFT_PROJECT, project.village());
        AccessPolicy.require(caller, Action.DRAFT_PROJECT, Project.villageOf(details.naturalVillages()));
        if (expectedVersion != null && expectedVersion != project.version()) {
            throw LedgerException.conflict("project.staleVersion", project.code(), expectedVersion, project.version());
        }
        checkReferences(details);
        auditActor.set(caller.username(), caller.role().name());
        project.revise(details);
        projects.add(project);
        return view(project);
    }

    @Override
    public ProjectView get(Caller caller, long id) {
        Project project = projects.find(id);
        AccessPolicy.require(caller, Action.VIEW_PROJECTS, project.village());
        return view(project);
    }

    @Override
    public Page<ProjectSummary> list(Caller caller, ProjectFilter filter, int page, int size) {
        AccessPolicy.require(caller, Action.VIEW_PROJECTS);
        ProjectFilter f = filter == null ? new ProjectFilter(null, null, null, null) : filter;
        if (f.region() != null) {
            AccessPolicy.require(caller, Action.VIEW_PROJECTS, f.region());
        }
        Page.check(page, size);
        return projects.list(caller.homeRegion(), f, page, size);
    }

    @Override
    public ProjectView act(Caller caller, long id, ProjectAction action, ActionForm form) {
        Project project = projects.find(id);
        AccessPolicy.require(caller, Action.VIEW_PROJECTS, project.village());
        ActionForm f = form == null ? new ActionForm(null, null, null) : form;
        if (action == ProjectAction.ADJUST) {
            // decided by the project's own library approver, not by a fixed role
            projects.add(adjustments.apply(caller, project, f));
            projects.add(project);
            return view(project);
        }
        AccessPolicy.require(caller, Action.forProject(action), project.village());
        project.requireAllowed(action);
        String noticeType = action.requiredNoticeType(project.isEmergency());
        if (noticeType != null) {
            clearanceRefusal.require(gate.clearance(noticeType, String.valueOf(project.id())), "project");
        }
        if ((action == ProjectAction.ROLL_OVER || action == ProjectAction.REMOVE) && adjustments.hasPending(id)) {
            throw LedgerException.conflict("project.adjustmentPendingFirst", project.code());
        }
        // 验收 records the report and every indicator's actual value, checked before anything changes
        Acceptance acceptance = action == ProjectAction.ACCEPT ? acceptance(project, f.acceptance()) : null;
        auditActor.set(caller.username(), caller.role().name());
        ProjectTransition transition = action == ProjectAction.ROLL_OVER
                ? project.rollOver(allocations.allocatedTo(id), caller.username(), caller.role().name(), clock.preciseNow(),
                        f.opinion(), f.decisionRef(), f.decidedOn())
                : project.take(action, caller.username(), caller.role().name(), clock.preciseNow(), f.opinion(), f.decisionRef(),
                        f.decidedOn());
        projects.add(transition);
        projects.add(project);
        if (acceptance != null) {
            acceptances.insert(project.id(), acceptance, caller.username(), transition.at());
        }
        return view(project);
    }

    private static Acceptance acceptance(Project project, AcceptanceForm form) {
        AcceptanceForm f = form == null ? new AcceptanceForm(null, List.of()) : form;
        Map<Integer, String> actuals = new HashMap<>();
        List<Violation> repeated = new ArrayList<>();
        for (AcceptanceForm.IndicatorActual a : f.indicatorActuals()) {
            if (actuals.containsKey(a.index())) {
                repeated.add(Violation.ofField("indicatorActuals", "project.indicatorActualRepeated", a.index()));
            }
            actuals.put(a.index(), a.actual());
        }
        if (!repeated.isEmpty()) {
            throw LedgerException.invalid(repeated);
        }
        return Acceptance.checked(project.indicators(), f.acceptanceReportRef(), actuals);
    }

    @Override
    public Optional<AcceptanceView> acceptance(Caller caller, long id) {
        Project project = projects.find(id);
        AccessPolicy.require(caller, Action.VIEW_PROJECTS, project.village());
        return acceptances.find(id).map(r -> {
            List<AcceptanceView.Row> rows = new ArrayList<>();
            List<Indicator> indicators = project.indicators();
            for (int i = 0; i < indicators.size(); i++) {
                rows.add(new AcceptanceView.Row(indicators.get(i),
                        i < r.acceptance().actuals().size() ? r.acceptance().actuals().get(i) : null));
            }
            return new AcceptanceView(r.acceptance().reportRef(), r.at(), r.by(), rows);
        });
    }

    @Override
    public List<TransitionView> history(Caller caller, long id) {
        Project project = projects.find(id);
        AccessPolicy.require(caller, Action.VIEW_PROJECTS, project.village());
        return projects.transitions(id).stream().map(t -> new TransitionView(t.action().pathName(), t.fromStatus(),
                t.toStatus(), t.actor(), t.role(), t.at().atZone(ZONE).toOffsetDateTime(), t.opinion(),
                t.decisionRef(), t.decidedOn())).toList();
    }

    @Override
    public List<CategoryView> categories() {
        return projects.categories().stream().map(c -> new CategoryView(c.code(), c.name(), c.parentCode())).toList();
    }

    /** The category is a leaf of the table; the natural villages exist (the aggregate checks the rest). */
    private void checkReferences(ProjectDetails d) {
        references.check(d);
    }

    private ProjectView view(Project p) {
        String category = projects.category(p.categoryCode()).map(ProjectCategory::name).orElse(null);
        String village = regions.find(p.village()).map(Region::name).orElse(null);
        return ProjectView.of(p, category, village);
    }

}
