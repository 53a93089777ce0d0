package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.PortalHttp;
import cn.sunledger.it.support.TestServer;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal shows the projects located in a natural village on its page (and on its village's page), once
 * they have left DRAFT, with their published notices linked: the "the portal shows the project's
 * notices on the pages of its natural villages".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalProjectsIT {

    private static final String API = "/ledger/api/projects";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String UPPER_GROUP = "/portal/regions/532922101201001";
    private static final String VILLAGE = "/portal/regions/532922101201";
    private static final String WALNUT_GROUP = "/portal/regions/532922101201003";

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("portal-projects-probe");
    }

    @Test
    void aSubmittedProjectAndItsDeclarationNoticeAppearOnItsNaturalVillagesPagesButADraftDoesNot() {
        String unique = Long.toString(System.nanoTime(), 36);
        String name = "光明村门户公示测试项目" + unique;
        String draftName = "光明村门户草稿项目" + unique;
        long id = create(name);
        String code = Http.json(Http.as("guangming.clerk").get(API + "/" + id)).getString("code");
        create(draftName);
        assertFalse(page(UPPER_GROUP).contains(name), "a DRAFT is not public");

        HttpResponse<String> submitted = Http.as("guangming.clerk").send("POST", API + "/" + id + "/actions/submit",
                "application/json", "{\"decisionRef\": \"光明村村民代表大会决议〔2026〕8号\", \"decidedOn\": \"" + TODAY + "\"}");
        assertEquals(200, submitted.statusCode(), submitted.body());

        String upper = page(UPPER_GROUP);
        String item = projectItem(upper, id);
        assertTrue(item.contains(name) && item.contains(code), item);
        assertTrue(item.contains("村级公示"), "status in Chinese: " + item);
        assertTrue(item.contains("1,000,000.00") && item.contains("2026-03 至 2026-10") && item.contains("2026 年度"), item);
        assertTrue(item.contains("暂无已发布的项目公告"), item);
        assertFalse(upper.contains(draftName), "the draft stays hidden");
        assertTrue(projectItem(page(VILLAGE), id).contains(name), "the village page sums up its natural villages");
        assertFalse(page(WALNUT_GROUP).contains(name), "核桃箐 is not one of the project's natural villages");

        String noticeNo = publishDeclaration(id);
        String after = page(UPPER_GROUP);
        // entered today for ten days: it is open, so it leads the page, before the projects
        String open = after.substring(after.indexOf("<h2 id=\"open\">正在公示</h2>"), after.indexOf("<h2>本地项目</h2>"));
        assertTrue(open.contains("/portal/notices/" + noticeNo) && open.contains("还剩 10 天"),
                "the natural village lists the notice posted to it among those open now");
        String linked = projectItem(after, id);
        assertTrue(linked.contains("href=\"/portal/notices/" + noticeNo + "\"") && linked.contains("项目申报公示"),
                "the project links to its notice: " + linked);
        assertFalse(linked.contains("暂无已发布的项目公告"), linked);
        assertTrue(projectItem(page(VILLAGE), id).contains("/portal/notices/" + noticeNo));
    }

    private static long create(String name) {
        HttpResponse<String> created = Http.as("guangming.clerk").send("POST", API, "application/json",
                ProjectWorkflowIT.EXAMPLE.replace("某村高原特色蔬菜种植基地建设项目", name));
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    private static String publishDeclaration(long projectId) {
        HttpResponse<String> draft = Http.as("yangbi.rural").send("POST", "/ledger/api/notices", "application/json",
                "{\"type\": \"PROJECT_DECLARATION\", \"subjectId\": \"" + projectId + "\", \"regionCodes\":"
                        + " [\"532922101201\", \"532922101201001\", \"532922101201002\"], \"periodStart\": \""
                        + TODAY + "\", \"periodEnd\": \"" + TODAY.plusDays(9) + "\"}");
        assertEquals(201, draft.statusCode(), draft.body());
        long notice = Http.json(draft).getJsonNumber("id").longValue();
        HttpResponse<String> published = Http.as("yangbi.rural").sendNoBody("POST",
                "/ledger/api/notices/" + notice + "/publish");
        assertEquals(200, published.statusCode(), published.body());
        return Http.json(published).getString("noticeNo");
    }

    private static String page(String path) {
        return PortalHttp.text(PortalHttp.getOk(path));
    }

    /** The list item of one project on a region page. */
    private static String projectItem(String html, long projectId) {
        int start = html.indexOf("<li id=\"project-" + projectId + "\">");
        assertTrue(start >= 0, "project " + projectId + " is listed");
        return html.substring(start, html.indexOf("</li>", start));
    }
}
