package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Browser;
import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.LedgerTestArchive;
import cn.sunledger.it.support.StaffPages;
import cn.sunledger.it.support.TestServer;
import cn.sunledger.ledger.application.Page;
import cn.sunledger.ledger.application.StaffDirectory;
import cn.sunledger.ledger.application.StaffUserForm;
import cn.sunledger.ledger.application.notice.NoticeFilter;
import cn.sunledger.ledger.application.notice.NoticeView;
import cn.sunledger.ledger.application.notice.Notices;
import cn.sunledger.ledger.domain.model.notice.NoticeStatus;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The staff notice list pages in the database and tells its true total: 620 drafts of 弥渡县 (a county no other
 * test uses) are seeded in batches straight into the tables, then read through the service, the API (a page
 * beyond the 500th row) and the Faces list's paginator, as a bureau user of that county created for the test.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NoticeListPagingIT {

    private static final String COUNTY = "532925000000";
    private static final int SEEDED = 620;
    private static final String SEEDER = "paging.seeder";
    private static final String USER = "midu.paging";
    private static final String PASSWORD = "Paging#Midu2026";
    private static final Caller ADMIN = new Caller("admin", "系统管理员", Role.ADMIN, RegionCode.of("532900000000"));
    private static final Caller BUREAU = new Caller(USER, "弥渡县分页测试", Role.COUNTY_RURAL_BUREAU, RegionCode.of(COUNTY));

    @Deployment
    static WebArchive deployment() {
        return LedgerTestArchive.create("notice-paging-it", NoticeListPagingIT.class);
    }

    @Inject
    Notices notices;

    @Inject
    StaffDirectory staff;

    @Resource(lookup = "java:jboss/datasources/LedgerDS")
    DataSource ds;

    /** Seeds the drafts (only those missing, should the database be reused) and the county's bureau user. */
    @Test
    @Order(1)
    void seededDraftsArePagedByTheServiceWithTheirTrueTotal() throws SQLException {
        try (Connection c = ds.getConnection()) {
            int missing = SEEDED - countSeeded(c);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO notice (type, subject_id, issuer_region_code,"
                    + " title, status, created_by, created_at) VALUES ('POLICY', ?, ?, ?, 'DRAFT', ?, NOW(3))")) {
                for (int i = 0; i < missing; i++) {
                    insert.setString(1, "paging-" + i);
                    insert.setString(2, COUNTY);
                    insert.setString(3, "弥渡县分页测试草稿 " + i);
                    insert.setString(4, SEEDER);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (Statement regions = c.createStatement()) {
                regions.executeUpdate("INSERT INTO notice_region (notice_id, region_code) SELECT n.id, n.issuer_region_code"
                        + " FROM notice n WHERE n.created_by = '" + SEEDER + "' AND NOT EXISTS"
                        + " (SELECT 1 FROM notice_region r WHERE r.notice_id = n.id)");
            }
            assertEquals(SEEDED, countSeeded(c));
        }
        try {
            staff.get(ADMIN, USER);
        } catch (LedgerException notYet) {
            staff.create(ADMIN, new StaffUserForm(USER, "弥渡县分页测试", Role.COUNTY_RURAL_BUREAU, COUNTY, null, PASSWORD,
                    true));
        }

        NoticeFilter drafts = new NoticeFilter(NoticeStatus.DRAFT, null, null);
        Page<NoticeView> last = notices.list(BUREAU, drafts, 12, 50);
        assertEquals(SEEDED, last.total(), "the total is every matching row, not the rows of a capped list");
        assertEquals(SEEDED - 600, last.items().size(), "rows 600–619 exist beyond the old 500-row cap");
    }

    @Test
    @Order(2)
    @RunAsClient
    void theApiServesPagesBeyondTheFiveHundredthRowWithTheTrueTotal() {
        Http bureau = Http.withPassword(USER, PASSWORD);
        JsonObject first = Http.json(bureau.get("/ledger/api/notices?status=DRAFT&size=50"));
        assertEquals(SEEDED, first.getJsonNumber("total").longValue());
        long previous = Long.MAX_VALUE;
        for (int page = 10; page <= 12; page++) {
            JsonObject found = Http.json(bureau.get("/ledger/api/notices?status=DRAFT&size=50&page=" + page));
            assertEquals(SEEDED, found.getJsonNumber("total").longValue());
            List<JsonObject> items = found.getJsonArray("items").getValuesAs(JsonObject.class);
            assertEquals(page < 12 ? 50 : SEEDED - 600, items.size(), "page " + page);
            for (JsonObject n : items) {
                long id = n.getJsonNumber("id").longValue();
                assertTrue(id < previous, "newest first, no row twice: " + id + " after " + previous);
                assertEquals(COUNTY, n.getString("issuerRegionCode"));
                previous = id;
            }
        }
        assertEquals(0, Http.json(bureau.get("/ledger/api/notices?status=DRAFT&size=50&page=13")).getJsonArray("items")
                .size(), "past the end: no rows, the same total");
        assertEquals(400, bureau.get("/ledger/api/notices?size=201").statusCode());
        assertEquals(400, bureau.get("/ledger/api/notices?page=-1").statusCode());
    }

    @Test
    @Order(3)
    @RunAsClient
    void theFacesListsPaginatorCountsEveryNotice() {
        long total = Http.json(Http.withPassword(USER, PASSWORD).get("/ledger/api/notices?size=1"))
                .getJsonNumber("total").longValue();
        assertTrue(total >= SEEDED, "drafts and the notices posted to the prefecture: " + total);
        ChromeDriver browser = Browser.open(1280, 1000);
        try {
            StaffPages pages = new StaffPages(browser, "notice-paging");
            pages.signIn(USER, PASSWORD);
            browser.get(TestServer.BASE + "/ledger/notices.xhtml");
            String report = browser.findElement(By.cssSelector("#listForm\\:notices .ui-paginator-current")).getText();
            pages.screenshot("paginator");
            assertTrue(report.contains("共 " + total + " 条"), report);
            assertEquals(20, browser.findElements(By.cssSelector("#listForm\\:notices_data > tr")).size());
        } finally {
            browser.quit();
        }
    }

    private static int countSeeded(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM notice WHERE created_by = ?")) {
            q.setString(1, SEEDER);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
