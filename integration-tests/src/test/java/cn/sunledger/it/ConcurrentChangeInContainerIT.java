package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.LedgerTestArchive;
import cn.sunledger.ledger.application.StaffDirectory;
import cn.sunledger.ledger.application.StaffUserForm;
import cn.sunledger.ledger.application.project.ActionForm;
import cn.sunledger.ledger.application.project.ProjectLibrary;
import cn.sunledger.ledger.application.project.ProjectView;
import cn.sunledger.ledger.domain.model.project.Beneficiaries;
import cn.sunledger.ledger.domain.model.project.FundShare;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.project.Indicator;
import cn.sunledger.ledger.domain.model.project.IndicatorKind;
import cn.sunledger.ledger.domain.model.project.LinkageType;
import cn.sunledger.ledger.domain.model.project.Nature;
import cn.sunledger.ledger.domain.model.project.ProjectAction;
import cn.sunledger.ledger.domain.model.project.ProjectDetails;
import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Messages;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two transactions on the same version of one record: the first commits, the second finds the version gone
 * and is refused with 409 {@code error.concurrentChange} ("reload and try again"), never a 500. The first
 * transaction is held open here while the second waits for its row lock; it commits once the second is seen
 * waiting in the database, so the interleaving is the same on every run.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentChangeInContainerIT {

    private static final Caller CLERK = new Caller("wenhua.clerk", "文华村填报员", Role.VILLAGE_CLERK,
            RegionCode.of("532927101201"));
    private static final Caller ADMIN = new Caller("admin", "系统管理员", Role.ADMIN, RegionCode.of("532900000000"));
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String BASE = "http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0));

    @Deployment
    static WebArchive deployment() {
        return LedgerTestArchive.create("concurrent-change-it", ConcurrentChangeInContainerIT.class);
    }

    @Inject
    ProjectLibrary library;

    @Inject
    StaffDirectory staff;

    @Inject
    UserTransaction tx;

    @PersistenceContext(unitName = "ledger")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/LedgerDS")
    DataSource ds;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    /** The same step on the same project over HTTP while another transaction takes it: the request loses with 409. */
    @Test
    void aStepTakenAtTheSameTimeAsAnotherOnTheSameProjectIsRefusedWith409() throws Exception {
        ProjectView project = library.create(CLERK, details("文华村并发步骤测试项目 " + System.nanoTime()));
        String user = "conc." + Long.toString(System.nanoTime(), 36);
        String password = "Concurrent#" + System.nanoTime();
        staff.create(ADMIN, new StaffUserForm(user, "文华村并发测试填报员", Role.VILLAGE_CLERK, "532927101201", null,
                password, true));
        String body = "{\"decisionRef\": \"文华村村民代表大会决议（并发测试）\", \"decidedOn\": \"" + TODAY + "\"}";
        HttpRequest submit = HttpRequest.newBuilder(URI.create(BASE + "/ledger/api/projects/" + project.id()
                        + "/actions/submit"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build();

        CompletableFuture<HttpResponse<String>> other;
        tx.begin();
        try {
            library.act(CLERK, project.id(), ProjectAction.SUBMIT, new ActionForm(null, "文华村村民代表大会决议（并发测试）", TODAY));
            other = HttpClient.newHttpClient().sendAsync(submit, HttpResponse.BodyHandlers.ofString());
            awaitWaitingStatement("insert into project_transition", "update project set");
        } catch (Exception | AssertionError e) {
            tx.rollback();
            throw e;
        }
        tx.commit();

        HttpResponse<String> lost = other.get(60, TimeUnit.SECONDS);
        assertEquals(409, lost.statusCode(), lost.body());
        assertTrue(lost.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(lost.body().contains(Messages.format(Locale.ENGLISH, "error.concurrentChange")), lost.body());
        assertEquals(ProjectStatus.VILLAGE_NOTICE, library.get(CLERK, project.id()).status());
        assertEquals(1, library.history(CLERK, project.id()).stream().filter(t -> "submit".equals(t.action())).count(),
                "the loser's transition was rolled back");
    }

    /**
     * A service that does not flush meets the stale version only at commit, where the transaction manager wraps
     * Hibernate's exception in its RollbackException: the loser still gets the concurrent-change refusal.
     */
    @Test
    void aChangeThatFailsOnlyAtCommitIsAConcurrentChangeToo() throws Exception {
        String user = "conc." + Long.toString(System.nanoTime(), 36);
        staff.create(ADMIN, new StaffUserForm(user, "并发测试用户", Role.VILLAGE_CLERK, "532927101201", null,
                "Concurrent#" + System.nanoTime(), true));

        Future<?> other;
        tx.begin();
        try {
            staff.update(ADMIN, user, form(user, "第一位管理员改的名字"));
            em.flush();
            other = executor.submit(() -> staff.update(ADMIN, user, form(user, "第二位管理员改的名字")));
            awaitWaitingStatement("update app_user set");
        } catch (Exception | AssertionError e) {
            tx.rollback();
            throw e;
        }
        tx.commit();

        Throwable lost = assertThrows(ExecutionException.class, () -> other.get(60, TimeUnit.SECONDS)).getCause();
        assertTrue(lost instanceof LedgerException, String.valueOf(lost));
        assertEquals(LedgerException.Kind.CONFLICT, ((LedgerException) lost).kind());
        assertEquals("error.concurrentChange", ((LedgerException) lost).messageKey());
        assertEquals("第一位管理员改的名字", staff.get(ADMIN, user).displayName());
    }

    /**
     * Waits until another connection of the ledger's database user is running one of these statements: since this
     * test's transaction holds the row, a statement still running on it is one waiting for the lock.
     */
    private void awaitWaitingStatement(String... prefixes) throws SQLException, InterruptedException {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM information_schema.PROCESSLIST"
                + " WHERE ID <> CONNECTION_ID() AND (");
        for (int i = 0; i < prefixes.length; i++) {
            sql.append(i == 0 ? "" : " OR ").append("INFO LIKE ?");
        }
        sql.append(')');
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection c = ds.getConnection(); PreparedStatement q = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < prefixes.length; i++) {
                q.setString(i + 1, prefixes[i] + "%");
            }
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the second transaction never reached the locked row");
    }

    private static StaffUserForm form(String user, String displayName) {
        return new StaffUserForm(user, displayName, Role.VILLAGE_CLERK, "532927101201", null, null, null);
    }

    private static ProjectDetails details(String name) {
        int year = TODAY.getYear();
        return new ProjectDetails(year, name, "CY-SC", Nature.NEW, List.of(RegionCode.of("532927101201001")),
                "新建烤房 2 座", new BigDecimal("2"), "座",
                List.of(new FundShare(FundSource.CENTRAL_LINKAGE, new BigDecimal("200000.00"))),
                YearMonth.of(year, 1), YearMonth.of(year, 12), "南诏镇人民政府", "张三", new Beneficiaries(10, 40, 4, 16, 1, 3),
                List.of(new Indicator(IndicatorKind.OUTPUT, "烤房", "2", "座"),
                        new Indicator(IndicatorKind.BENEFIT, "增收", "1000", "元"),
                        new Indicator(IndicatorKind.SATISFACTION, "满意度", "95", "%")),
                LinkageType.EMPLOYMENT, "优先吸纳脱贫户务工", null, false);
    }
}
