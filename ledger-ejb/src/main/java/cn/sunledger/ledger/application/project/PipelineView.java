package cn.sunledger.ledger.application.project;

import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import java.math.BigDecimal;
import java.util.List;

/**
 * The pipeline of one year: per county, how many projects and how much planned investment are 储备 (in the
 * library, not planned), 计划 (planned), 开工 (started: in progress, completed or accepted), 在建 (in progress)
 * and 竣工 (completed or accepted). 开工 includes 在建 and 竣工, so the columns do not add up.
 */
public record PipelineView(int year, List<Row> rows, Row total) {

    /** Count and planned investment of one stage. */
    public record Stage(long count, BigDecimal investment) {
        public static final Stage NONE = new Stage(0, BigDecimal.ZERO.setScale(2));

        public Stage plus(long n, BigDecimal amount) {
            return new Stage(count + n, investment.add(amount));
        }

        public Stage plus(Stage other) {
            return plus(other.count, other.investment);
        }
    }

    public record Row(String countyCode, String countyName, Stage reserve, Stage planned, Stage started,
            Stage underway, Stage finished) {

        public static Row empty(String countyCode, String countyName) {
            return new Row(countyCode, countyName, Stage.NONE, Stage.NONE, Stage.NONE, Stage.NONE, Stage.NONE);
        }

        /** Adds {@code n} projects of {@code status} with {@code amount} planned to the stages they count in. */
        public Row with(ProjectStatus status, long n, BigDecimal amount) {
            Stage r = status == ProjectStatus.IN_LIBRARY ? reserve.plus(n, amount) : reserve;
            Stage p = status == ProjectStatus.PLANNED ? planned.plus(n, amount) : planned;
            boolean inProgress = status == ProjectStatus.IN_PROGRESS;
            boolean done = status == ProjectStatus.COMPLETED || status == ProjectStatus.ACCEPTED;
            Stage s = inProgress || done ? started.plus(n, amount) : started;
            Stage u = inProgress ? underway.plus(n, amount) : underway;
            Stage f = done ? finished.plus(n, amount) : finished;
            return new Row(countyCode, countyName, r, p, s, u, f);
        }

        public Row plus(Row other) {
            return new Row(countyCode, countyName, reserve.plus(other.reserve), planned.plus(other.planned),
                    started.plus(other.started), underway.plus(other.underway), finished.plus(other.finished));
        }
    }
}
