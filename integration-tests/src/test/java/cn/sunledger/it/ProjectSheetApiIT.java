package cn.sunledger.it;

import static cn.sunledger.it.StaffApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.TestServer;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The project library as spreadsheets over HTTP: the import template's shape and a round trip through it, the
 * all-or-nothing import with every bad cell reported by sheet, row and column, the export of exactly the
 * filtered list, and 1,000 rows imported in one go. Each test uses years of its own so that the rows it
 * counts are its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProjectSheetApiIT {

    private static final String API = "/ledger/api/projects";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("project-sheet-probe");
    }

    static byte[] template(String user) {
        HttpResponse<byte[]> response = Http.as(user).getBytes(API + "/import-template.xlsx");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(XLSX));
        return response.body();
    }

    @Test
    void theTemplateHasChineseHeadersAndRoundTripsIntoDrafts() {
        byte[] template = template("guangming.clerk");
        List<String> headers = ImportWorkbook.headers(template, ImportWorkbook.PROJECTS);
        assertEquals("序号", headers.get(0));
        assertTrue(headers.containsAll(List.of("年度", "项目名称", "项目类别代码", "自然村代码", "中央财政衔接推进乡村振兴补助资金（元）",
                "开始月份", "联农带农类型", "突发急需")), headers.toString());
        assertEquals(List.of("项目序号", "指标类别", "指标名称", "目标值", "单位"),
                ImportWorkbook.headers(template, ImportWorkbook.INDICATORS));
        String help = ImportWorkbook.rows(template, "填写说明").toString();
        assertTrue(help.contains("CY-SC") && help.contains("532922101201001"), "the codes a clerk may use are listed");

        byte[] filled = new ImportWorkbook(template)
                .add(ImportWorkbook.PROJECTS, ImportWorkbook.project(1, 2031, "模板导入蔬菜基地"))
                .add(ImportWorkbook.PROJECTS, ImportWorkbook.project(2, 2031, "模板导入灌溉渠"))
                .add(ImportWorkbook.INDICATORS, ImportWorkbook.indicator(1, "产出指标", "新建大棚面积", "40", "亩"))
                .add(ImportWorkbook.INDICATORS, ImportWorkbook.indicator(1, "满意度指标", "受益群众满意度", "≥95", "%"))
                .add(ImportWorkbook.INDICATORS, ImportWorkbook.indicator(2, "效益指标", "灌溉面积", "300", "亩"))
                .bytes();
        HttpResponse<String> response = Http.as("guangming.clerk").send("POST", API + "/import", XLSX, filled);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject result = Http.json(response);
        assertEquals(2, result.getInt("imported"));
        List<String> codes = result.getJsonArray("codes").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        assertEquals(2, codes.size());
        assertTrue(codes.get(0).matches("2031-532922-\\d{4}") && !codes.get(0).equals(codes.get(1)), codes.toString());

        JsonObject first = projectByCode("guangming.clerk", 2031, codes.get(0));
        assertEquals("模板导入蔬菜基地", first.getString("name"));
        assertEquals("DRAFT", first.getString("status"));
        assertEquals("1000000.50", first.getString("totalInvestment"));
        assertEquals(2, first.getJsonArray("plannedInvestment").size());
        assertEquals(2, first.getJsonArray("indicators").size());
        assertEquals("≥95", first.getJsonArray("indicators").getJsonObject(1).getString("target"));
        assertEquals(Set.of("532922101201001", "532922101201002"), first.getJsonArray("naturalVillageCodes")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .collect(Collectors.toSet()));
        assertEquals("EMPLOYMENT", first.getJsonObject("linkage").getString("type"));
        JsonObject second = projectByCode("guangming.clerk", 2031, codes.get(1));
        assertEquals(1, second.getJsonArray("indicators").size());
    }

    @Test
    void anImportWithBadRowsIsRefusedWholeWithEveryBadCellAndItsRowNumber() {
        Map<String, String> badCells = ImportWorkbook.project(2, 2032, "");
        badCells.put("中央财政衔接推进乡村振兴补助资金（元）", "12.345");
        badCells.put("开始月份", "2032-13");
        Map<String, String> otherVillage = ImportWorkbook.project(3, 2032, "白章村的项目");
        otherVillage.put("自然村代码", "532922101202001");
        Map<String, String> unknownCategory = ImportWorkbook.project(4, 2032, "类别有误");
        unknownCategory.put("项目类别代码", "CY");
        byte[] file = new ImportWorkbook(template("guangming.clerk"))
                .add(ImportWorkbook.PROJECTS, ImportWorkbook.project(1, 2032, "好的一行"))
                .add(ImportWorkbook.PROJECTS, badCells)
                .add(ImportWorkbook.PROJECTS, otherVillage)
                .add(ImportWorkbook.PROJECTS, unknownCategory)
                .add(ImportWorkbook.INDICATORS, ImportWorkbook.indicator(1, "产出指标", "面积", "40", "亩"))
                .add(ImportWorkbook.INDICATORS, ImportWorkbook.indicator(9, "产出指标", "无主指标", "1", "个"))
                .bytes();
        HttpResponse<String> response = Http.as("guangming.clerk").send("POST", API + "/import", XLSX, file);
        assertProblem(response, 422);
        JsonObject problem = Http.json(response);
        assertEquals(0, problem.getInt("imported"));
        Set<String> found = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("sheet") + "!" + e.getInt("row") + ":" + e.getString("field"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("项目!3:项目名称", "项目!3:中央财政衔接推进乡村振兴补助资金（元）", "项目!3:开始月份",
                "项目!4:自然村代码", "项目!5:项目类别代码", "绩效目标!3:项目序号"), found, problem.toString());
        problem.getJsonArray("errors").getValuesAs(JsonObject.class)
                .forEach(e -> assertTrue(!e.getString("message").isBlank()));
        assertEquals(0, list("guangming.clerk", "year=2032").getInt("total"), "the good row was not imported either");

        HttpResponse<String> english = Http.as("guangming.clerk").inLanguage("en")
                .send("POST", API + "/import", XLSX, file);
        assertTrue(Http.json(english).getString("detail").startsWith("Import refused"), english.body());
    }

    @Test
    void onlyVillageClerksImportAndAFileThatIsNoWorkbookIsABadRequest() {
        byte[] file = new ImportWorkbook(template("guangming.clerk"))
                .add(ImportWorkbook.PROJECTS, ImportWorkbook.project(1, 2033, "乡镇不能导入")).bytes();
        assertProblem(Http.as("cangshanxi.reviewer").send("POST", API + "/import", XLSX, file), 403);
        assertProblem(Http.as("guangming.clerk").send("POST", API + "/import", XLSX,
                "序号,年度\n1,2033\n".getBytes(StandardCharsets.UTF_8)), 400);
        assertEquals(0, list("guangming.clerk", "year=2033").getInt("total"));
    }

    @Test
    void aMultipartUploadImportsLikeARawBody() {
        byte[] file = new ImportWorkbook(template("guangming.clerk"))
                .add(ImportWorkbook.PROJECTS, ImportWorkbook.project(1, 2034, "表单上传的项目")).bytes();
        String boundary = "----sunledger" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.xlsx\"\r\n"
                + "Content-Type: " + XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        int before = list("guangming.clerk", "year=2034").getInt("total");
        HttpResponse<String> response = Http.as("guangming.clerk").send("POST", API + "/import",
                "multipart/form-data; boundary=" + boundary, body);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(1, Http.json(response).getInt("imported"));
        assertEquals(before + 1, list("guangming.clerk", "year=2034").getInt("total"));
    }

    @Test
    void theExportHoldsExactlyTheFilteredListInTheCallersScope() {
        byte[] template = template("guangming.clerk");
        int before = list("yangbi.rural", "year=2035&status=DRAFT").getInt("total");
        int beforeCy = list("yangbi.rural", "year=2035&category=CY").getInt("total");
        ImportWorkbook book = new ImportWorkbook(template);
        for (int i = 1; i <= 3; i++) {
            book.add(ImportWorkbook.PROJECTS, ImportWorkbook.project(i, 2035, "导出测试项目 " + i));
        }
        Map<String, String> emergency = ImportWorkbook.project(4, 2035, "导出测试抢险项目");
        emergency.put("突发急需", "是");
        emergency.put("项目类别代码", "XC");
        book.add(ImportWorkbook.PROJECTS, emergency);
        assertEquals(200, Http.as("guangming.clerk").send("POST", API + "/import", XLSX, book.bytes()).statusCode());

        assertExportEqualsList("yangbi.rural", "year=2035&status=DRAFT", before + 4);
        assertExportEqualsList("yangbi.rural", "year=2035&category=CY", beforeCy + 3);
        assertExportEqualsList("cangshanxi.reviewer", "year=2035&region=532922101201", before + 4);
        assertExportEqualsList("baizhang.clerk", "year=2035", 0);

        List<List<String>> rows = ImportWorkbook.rows(export("yangbi.rural", "year=2035&category=XC"), null);
        assertEquals(List.of("项目编号", "年度", "项目名称", "行政村", "行政村代码", "项目类别", "状态", "计划投资（元）", "开始月份",
                "结束月份", "突发急需（补公示）"), rows.get(0));
        List<String> row = rows.get(1);
        assertEquals("导出测试抢险项目", row.get(2));
        assertEquals("光明村", row.get(3));
        assertEquals("草拟", row.get(6));
        assertEquals("1,000,000.50", row.get(7));
        assertEquals("是", row.get(10));

        assertProblem(Http.as("yangbi.rural").get(API + "/export.xlsx?status=NOPE"), 400);
        assertProblem(Http.as("baizhang.clerk").get(API + "/export.xlsx?region=532922101201"), 403);
    }

    @Test
    void aThousandRowsImportInSeconds() {
        ImportWorkbook book = new ImportWorkbook(template("guangming.clerk"));
        for (int i = 1; i <= 1000; i++) {
            book.add(ImportWorkbook.PROJECTS, ImportWorkbook.project(i, 2036, "批量项目 " + i));
            book.add(ImportWorkbook.INDICATORS, ImportWorkbook.indicator(i, "产出指标", "面积", "40", "亩"));
        }
        byte[] file = book.bytes();
        int before = list("guangming.clerk", "year=2036").getInt("total");
        long start = System.nanoTime();
        HttpResponse<String> response = Http.as("guangming.clerk").send("POST", API + "/import", XLSX, file);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(1000, Http.json(response).getInt("imported"));
        System.out.println("ProjectSheetApiIT: 1000 projects imported in " + millis + " ms");
        assertTrue(millis < 30_000, "1,000 rows took " + millis + " ms");
        assertEquals(before + 1000, list("guangming.clerk", "year=2036").getInt("total"));
    }

    private static void assertExportEqualsList(String user, String query, int expected) {
        List<List<String>> rows = ImportWorkbook.rows(export(user, query), null);
        List<String> exported = rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList();
        List<String> listed = new ArrayList<>();
        list(user, query + "&size=200").getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(p -> listed.add(p.getString("code")));
        assertEquals(expected, exported.size(), user + " " + query);
        assertEquals(listed, exported, user + " " + query);
    }

    private static byte[] export(String user, String query) {
        HttpResponse<byte[]> response = Http.as(user).getBytes(API + "/export.xlsx?" + query);
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        return response.body();
    }

    static JsonObject list(String user, String query) {
        HttpResponse<String> response = Http.as(user).get(API + "?" + query);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }

    private static JsonObject projectByCode(String user, int year, String code) {
        JsonObject item = list(user, "year=" + year + "&size=200").getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getString("code").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("not listed: " + code));
        return Http.json(Http.as(user).get(API + "/" + item.getJsonNumber("id").longValue()));
    }
}
