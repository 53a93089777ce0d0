package cn.sunledger.ledger.infrastructure.persistence.migration;

import cn.sunledger.ledger.application.notice.DraftRequest;
import cn.sunledger.ledger.application.notice.NoticeTypeView;
import cn.sunledger.ledger.application.notice.NoticeView;
import cn.sunledger.ledger.application.notice.Notices;
import cn.sunledger.ledger.application.notice.PostingForm;
import cn.sunledger.ledger.application.project.AcceptanceForm;
import cn.sunledger.ledger.application.project.ActionForm;
import cn.sunledger.ledger.application.project.ProjectLibrary;
import cn.sunledger.ledger.application.project.ProjectView;
import cn.sunledger.ledger.domain.model.project.ProjectAction;
import cn.sunledger.ledger.domain.model.project.ProjectDetails;
import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The demo's library projects: a handful in the demo villages of 漾濞, 宾川 and 巍山, taken through the real
 * services (ProjectLibrary, Notices) by the demo users whose roles allow each step, so that every list, the
 * pipeline and the portal have content in every state (草拟 … 验收, one 突发急需 project). A step that waits for a
 * notice gets one whose period ended ten days ago: entered online today, as counties often enter notices after
 * posting them, and evidenced by the board posting (with its photo) on the period's first day, so the gate
 * clears on evidence the portal shows and never on a back-dated period alone. The accepted project's (光明村's 大棚)
 * steps are dated along a past of their own ({@link #ACCEPTED_HISTORY}), since the demo's assets, their rent and its
 * distribution follow its acceptance. Each county with library projects then gets its 项目入库公告 and, with planned
 * ones, its 年度项目计划公告. The demo fund ledger ({@link DemoFunds}) is posted next, and only then the accepted
 * project's 项目完成公告, which states the funds actually paid. Runs once: nothing happens if any demo project exists.
 */
@ApplicationScoped
public class DemoProjects {

    /** The approval chain in order, as a demo project climbs it. */
    private static final List<ProjectAction> CHAIN = List.of(ProjectAction.SUBMIT, ProjectAction.DECLARE,
            ProjectAction.TOWNSHIP_APPROVE, ProjectAction.DEPARTMENT_APPROVE, ProjectAction.COUNTY_APPROVE,
            ProjectAction.PREFECTURE_APPROVE, ProjectAction.PLAN, ProjectAction.START, ProjectAction.COMPLETE,
            ProjectAction.ACCEPT);

    /**
     * How many days ago each step of the accepted project was decided (the dates on its papers), in order, so that
     * the assets it left, their rent and the rent's distribution (DemoAssets, DemoDistributions) can each be dated
     * after the step before it: accepted {@value DemoAssets#ACCEPTED_DAYS_AGO} days ago. Its gates' notices cannot
     * follow: the product takes a board posting as evidence only up to 30 days before the notice is entered online
     * (today), so like every demo project's they ran from 24 to 10 days ago, after the steps they gate (see
     * docs/decisions.md, "Demo households and distribution plans").
     */
    static final Map<ProjectAction, Integer> ACCEPTED_HISTORY = Map.of(ProjectAction.SUBMIT, 170,
            ProjectAction.DECLARE, 155, ProjectAction.TOWNSHIP_APPROVE, 153, ProjectAction.DEPARTMENT_APPROVE, 139,
            ProjectAction.COUNTY_APPROVE, 137, ProjectAction.PREFECTURE_APPROVE, 135, ProjectAction.PLAN, 130,
            ProjectAction.START, 114, ProjectAction.COMPLETE, 62, ProjectAction.ACCEPT, DemoAssets.ACCEPTED_DAYS_AGO);

    @PersistenceContext(unitName = "ledger")
    EntityManager em;

    @Inject
    ProjectLibrary library;

    @Inject
    Notices notices;

    @Inject
    BusinessClock clock;

    @Inject
    DemoFunds funds;

    /** Creates the demo projects unless one exists; returns how many were created. */
    public int createMissing() {
        List<String> names = DemoProjectCatalog.PROJECTS.stream().map(d -> d.details().name()).toList();
        if (em.createQuery("select count(p) from Project p where p.name in :names", Long.class)
                .setParameter("names", names).getSingleResult() > 0) {
            return 0;
        }
        Map<String, Boolean> periods = notices.types().stream()
                .collect(Collectors.toMap(NoticeTypeView::code, NoticeTypeView::hasPeriod));
        Map<String, Caller> libraryCounties = new TreeMap<>();
        Map<String, Caller> planCounties = new TreeMap<>();
        List<Walk> accepted = new ArrayList<>();
        for (DemoProjectCatalog.DemoProject demo : DemoProjectCatalog.PROJECTS) {
            Walk walk = new Walk(demo, periods::get);
            ProjectView project = walk.run();
            if (project.status() == ProjectStatus.ACCEPTED) {
                accepted.add(walk);
            }
            if (project.status().isInLibrary()) {
                libraryCounties.put(project.countyCode() + ":" + project.year(), demo.team().ruralBureau());
            }
            if (project.status().isInLibrary() && project.status() != ProjectStatus.IN_LIBRARY) {
                planCounties.put(project.countyCode() + ":" + project.year(), demo.team().ruralBureau());
            }
        }
        // each county's 项目入库公告 and 年度项目计划公告, posted where their sources say (the county)
        libraryCounties.forEach((subject, bureau) -> publishList(bureau, "LIBRARY_ENTRY", subject));
        planCounties.forEach((subject, bureau) -> publishList(bureau, "ANNUAL_PLAN", subject));
        // the 项目完成公告 states the funds actually paid: the demo ledger is posted before it is published
        funds.loadMissing();
        accepted.forEach(Walk::announceCompletion);
        return DemoProjectCatalog.PROJECTS.size();
    }

    private void publishList(Caller bureau, String type, String subject) {
        long id = notices.draft(bureau, new DraftRequest(type, subject, List.of(), null, null)).id();
        notices.publish(bureau, id);
    }

    /** One demo project's way from its creation to its target status, with the notices each stage needs. */
    private final class Walk {

        private final DemoProjectCatalog.DemoProject demo;
        private final DemoProjectCatalog.Team team;
        private final Function<String, Boolean> hasPeriod;
        private final LocalDate today = clock.today();
        private ProjectView project;

        Walk(DemoProjectCatalog.DemoProject demo, Function<String, Boolean> hasPeriod) {
            this.demo = demo;
            this.team = demo.team();
            this.hasPeriod = hasPeriod;
        }

        ProjectView run() {
            project = library.create(team.clerk(), demo.details());
            for (ProjectAction action : CHAIN) {
                if (project.status() == demo.target()) {
                    break;
                }
                String gate = action.requiredNoticeType(project.emergency());
                if (gate != null) {
                    // a board posting is accepted up to 30 days before the notice is entered (DefaultNotices), so
                    // even the accepted project's gates run in the last weeks: see ACCEPTED_HISTORY
                    publish(gate, today.minusDays(24), today.minusDays(10));
                }
                project = library.act(actor(action), project.id(), action, form(action));
            }
            if (demo.target() == ProjectStatus.VILLAGE_NOTICE) {
                // the village board is up now: the 项目申报公示 runs until next week
                publish("PROJECT_DECLARATION", today.minusDays(3), today.plusDays(7));
            }
            if (project.emergency()) {
                // 补公示: the notices an emergency project skipped, published afterwards (flagged late)
                publish("PROJECT_DECLARATION", today.minusDays(5), today.plusDays(5));
                publish("TOWNSHIP_REVIEW", today.minusDays(5), today.plusDays(5));
            }
            return project;
        }

        /** The 项目完成公告 of an accepted project, published once its funds are in the ledger. */
        void announceCompletion() {
            publish("PROJECT_COMPLETION", today.minusDays(2), today.plusDays(12));
        }

        private Caller actor(ProjectAction action) {
            return switch (action) {
                case SUBMIT, DECLARE -> team.clerk();
                case TOWNSHIP_APPROVE -> team.townshipReviewer();
                case DEPARTMENT_APPROVE -> team.department();
                case PREFECTURE_APPROVE -> DemoNotices.PREFECTURE_BUREAU;
                default -> team.ruralBureau();
            };
        }

        /** The accepted project is walked along its past (ACCEPTED_HISTORY); the others as of a month ago. */
        private boolean accepted() {
            return demo.target() == ProjectStatus.ACCEPTED;
        }

        private ActionForm form(ProjectAction action) {
            LocalDate decided = accepted() ? today.minusDays(ACCEPTED_HISTORY.get(action)) : today.minusDays(30);
            return switch (action) {
                case SUBMIT -> new ActionForm(null, team.villageName() + "村民代表大会决议（演示）", decided);
                case TOWNSHIP_APPROVE -> new ActionForm("同意上报（演示）", null, decided);
                case DEPARTMENT_APPROVE -> new ActionForm("投资概算合理（演示）", null, decided);
                case COUNTY_APPROVE -> new ActionForm(null, "县乡村振兴领导小组决定（演示）", decided);
                case PREFECTURE_APPROVE -> new ActionForm(null, "州乡村振兴领导小组决定（演示）", decided);
                case ACCEPT -> new ActionForm("验收合格（演示）", "竣工验收报告（演示）", decided,
                        new AcceptanceForm(team.villageName() + "项目竣工验收报告 验收〔" + today.getYear() + "〕演示3号",
                                actuals(demo.details().indicators().size())));
                default -> new ActionForm(null, null, accepted() ? decided : null);
            };
        }

        /** 绩效自评 of the demo's indicators (完成率 %, 户均增收 元, 满意度 %): each a little above its target. */
        private List<AcceptanceForm.IndicatorActual> actuals(int count) {
            List<String> values = List.of("100", "1620", "97");
            List<AcceptanceForm.IndicatorActual> actuals = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                actuals.add(new AcceptanceForm.IndicatorActual(i, values.get(i % values.size())));
            }
            return actuals;
        }

        /**
         * Drafts and publishes a notice about the project as the county rural bureau, at its type's default places.
         * A period that began before today is evidenced as a real county would: the village clerk records the
         * village board's posting on the period's first day, with its photo.
         */
        private void publish(String type, LocalDate from, LocalDate to) {
            boolean period = Boolean.TRUE.equals(hasPeriod.apply(type));
            NoticeView draft = notices.draft(team.ruralBureau(), new DraftRequest(type, String.valueOf(project.id()),
                    List.of(), period ? from : null, period ? to : null));
            notices.publish(team.ruralBureau(), draft.id());
            if (period && from.isBefore(today)) {
                String name = draft.typeName() == null ? type : draft.typeName();
                notices.recordPosting(team.clerk(), draft.id(), new PostingForm(project.villageCode(), from,
                        DemoBoardPhoto.jpeg(name, team.villageName() + "村务公开栏", from), "image/jpeg",
                        "公告栏-" + from + ".jpg"));
            }
        }
    }
}
