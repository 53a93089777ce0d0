package cn.sunledger.ledger.application.internal.project.notice;

import cn.sunledger.ledger.application.internal.project.ProposalCodec;
import cn.sunledger.ledger.domain.model.project.AdjustmentStatus;
import cn.sunledger.ledger.domain.model.project.FieldChange;
import cn.sunledger.ledger.domain.model.project.ProjectAction;
import cn.sunledger.ledger.domain.model.project.ProjectAdjustment;
import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 计划调整情况 of a county's annual plan: every adjustment applied to a planned project of the year (a row per
 * changed field, before → after), every roll-over (结转) and removal (出库) of a planned project of the year —
 * in two queries, in the order they were decided.
 */
@ApplicationScoped
public class PlanChanges {

    @Inject
    CountyProjectLists lists;

    /** The rows of the 计划调整情况 table: 序号, 项目编号, 项目名称, 调整事项, 调整前, 调整后, 调整理由, 批准文号. */
    public List<List<String>> of(CountyProjectLists.Subject s) {
        record Change(LocalDateTime at, long order, List<List<String>> rows) {
        }
        List<Change> changes = new ArrayList<>();
        List<Object[]> adjusted = lists.em().createQuery("select a, p.code, p.name from ProjectAdjustment a, Project p"
                + " where p.id = a.projectId and a.countyCode = :c and a.year = :y and a.status = :applied"
                + " and a.projectStatus = :planned", Object[].class).setParameter("c", s.county().value())
                .setParameter("y", s.year()).setParameter("applied", AdjustmentStatus.APPLIED)
                .setParameter("planned", ProjectStatus.PLANNED).getResultList();
        for (Object[] r : adjusted) {
            ProjectAdjustment a = (ProjectAdjustment) r[0];
            String reason = a.reason() != null ? a.reason() : a.opinion() == null ? "" : a.opinion();
            List<List<String>> rows = new ArrayList<>();
            for (FieldChange c : ProposalCodec.decodeChanges(a.changes())) {
                rows.add(List.of((String) r[1], (String) r[2], "调整" + c.label(), c.before(), c.after(), reason,
                        text(a.decisionRef())));
            }
            changes.add(new Change(a.decidedAt(), a.id(), rows));
        }
        List<Object[]> moved = lists.em().createQuery("select t.action, p.code, p.name, t.opinion, t.decisionRef, t.at,"
                + " t.id from ProjectTransition t, Project p where p.id = t.projectId and p.countyCode = :c"
                + " and t.fromStatus = :planned and ((t.action = :rollOver and t.projectYear = :y)"
                + " or (t.action = :remove and p.year = :y))", Object[].class).setParameter("c", s.county().value())
                .setParameter("y", s.year()).setParameter("planned", ProjectStatus.PLANNED)
                .setParameter("rollOver", ProjectAction.ROLL_OVER).setParameter("remove", ProjectAction.REMOVE)
                .getResultList();
        for (Object[] r : moved) {
            boolean rollOver = r[0] == ProjectAction.ROLL_OVER;
            List<String> row = rollOver
                    ? List.of((String) r[1], (String) r[2], "结转至下一年度", s.year() + "年度计划",
                            (s.year() + 1) + "年度项目库", text((String) r[3]), text((String) r[4]))
                    : List.of((String) r[1], (String) r[2], "出库", s.year() + "年度计划", "出库", text((String) r[3]),
                            text((String) r[4]));
            changes.add(new Change((LocalDateTime) r[5], (Long) r[6], List.of(row)));
        }
        changes.sort(Comparator.comparing(Change::at).thenComparing(Change::order));
        List<List<String>> numbered = new ArrayList<>();
        for (Change c : changes) {
            for (List<String> row : c.rows()) {
                List<String> withNumber = new ArrayList<>();
                withNumber.add(String.valueOf(numbered.size() + 1));
                withNumber.addAll(row);
                numbered.add(withNumber);
            }
        }
        return numbered;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
