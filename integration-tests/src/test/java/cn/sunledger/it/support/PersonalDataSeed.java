package cn.sunledger.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Puts a distinct ID number and mobile number into every free-text field a clerk (or the county bureau) can fill
 * that ends up in a published notice or on a portal page — a project's every text field, the village decision,
 * the township's opinion, a policy document's title, issuer, 文号 and body, a supersession's reason — and publishes
 * them through the API, as a careless clerk would. Field {@code n} carries mobile {@link #phone(int)} and ID number
 * {@link #idNumber(int)}, so a finding names the field it came from.
 */
public final class PersonalDataSeed {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String VILLAGE_REGIONS = "[\"532922101201\", \"532922101201001\"]";

    /** The notice ids published by {@link #publishAll()}, for the scan to find on the portal. */
    public final List<Long> notices = new ArrayList<>();
    public long projectId;
    /** Fields stored beside what the portal serves but not shown on it (the supersession reason). */
    public final Set<Integer> notShown = new TreeSet<>();

    private int fields;

    private PersonalDataSeed() {
    }

    public static String phone(int field) {
        return "1380000" + String.format("%04d", 1000 + field);
    }

    public static String idNumber(int field) {
        return "53292219800101" + String.format("%03d", field) + "X";
    }

    /** How many fields were seeded: fields 1..count carry personal data. */
    public int count() {
        return fields;
    }

    /** Free text for the next field: its label, a mobile number and an ID number. */
    private String pii(String label) {
        int n = ++fields;
        return label + " 联系电话" + phone(n) + " 身份证" + idNumber(n);
    }

    public static PersonalDataSeed publishAll() {
        PersonalDataSeed seed = new PersonalDataSeed();
        seed.project();
        seed.policyDocument();
        return seed;
    }

    private void project() {
        String body = """
                {"year": %d, "name": "%s", "categoryCode": "CY-SC", "nature": "NEW",
                 "naturalVillageCodes": ["532922101201001"], "content": "%s",
                 "scale": {"quantity": "10", "unit": "亩"},
                 "plannedInvestment": [{"source": "CENTRAL_LINKAGE", "amount": "100000.00"}],
                 "startMonth": "%d-03", "endMonth": "%d-10", "implementingUnit": "%s", "responsiblePerson": "%s",
                 "beneficiaries": {"households": 10, "people": 40, "alleviatedHouseholds": 5, "alleviatedPeople": 20,
                                   "monitoredHouseholds": 1, "monitoredPeople": 4},
                 "indicators": [{"kind": "OUTPUT", "name": "%s", "target": "10", "unit": "亩"},
                                {"kind": "BENEFIT", "name": "带动增收", "target": "1500", "unit": "元"},
                                {"kind": "SATISFACTION", "name": "受益群众满意度", "target": "95", "unit": "%%"}],
                 "linkage": {"type": "OTHER", "description": "%s"}, "supervisingUnit": "%s", "emergency": false}
                """.formatted(TODAY.getYear(), pii("项目名称"), pii("建设内容"), TODAY.getYear(), TODAY.getYear(),
                pii("实施单位"), pii("负责人"), pii("绩效指标"), pii("联农带农"), pii("监管单位"));
        HttpResponse<String> created = Http.as("guangming.clerk").send("POST", "/ledger/api/projects",
                "application/json", body);
        assertEquals(201, created.statusCode(), created.body());
        projectId = Http.json(created).getJsonNumber("id").longValue();
        act("guangming.clerk", "submit", "{\"decisionRef\": \"" + pii("村民代表大会决议") + "\", \"decidedOn\": \""
                + TODAY.minusDays(14) + "\"}");
        long declaration = publish("PROJECT_DECLARATION", VILLAGE_REGIONS, TODAY.minusDays(12), TODAY.minusDays(2));
        act("guangming.clerk", "declare", "{}");
        act("cangshanxi.reviewer", "township-approve", "{\"opinion\": \"" + pii("乡镇审核意见") + "\", \"decisionRef\": \""
                + pii("乡镇审核文号") + "\"}");
        publish("TOWNSHIP_REVIEW", "[\"532922101000\", \"532922101201\"]", TODAY.minusDays(12), TODAY.minusDays(2));
        HttpResponse<String> correction = Http.as("yangbi.rural").send("POST",
                "/ledger/api/notices/" + declaration + "/supersede", "application/json",
                "{\"reason\": \"" + pii("更正原因") + "\"}");
        notShown.add(fields);
        assertEquals(201, correction.statusCode(), correction.body());
        publishDraft(Http.json(correction).getJsonNumber("id").longValue());
    }

    private void policyDocument() {
        String doc = "{\"regionCode\": \"532922000000\", \"title\": \"" + pii("政策标题") + "\", \"issuer\": \""
                + pii("发文单位") + "\", \"docNumber\": \"" + pii("文号") + "\", \"issuedOn\": \"" + TODAY.minusDays(1)
                + "\", \"body\": \"一、总体要求\\n" + pii("正文段落") + "\\n二、资金安排\\n项目\\t联系人\\n道路硬化\\t"
                + pii("正文表格") + "\\n\", \"referenceOnly\": false}";
        HttpResponse<String> created = Http.as("yangbi.rural").send("POST", "/ledger/api/policy-documents",
                "application/json", doc);
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> draft = Http.as("yangbi.rural").send("POST", "/ledger/api/notices", "application/json",
                "{\"type\": \"POLICY\", \"subjectId\": \"" + Http.json(created).getInt("id")
                        + "\", \"regionCodes\": [\"532922000000\"]}");
        assertEquals(201, draft.statusCode(), draft.body());
        publishDraft(Http.json(draft).getJsonNumber("id").longValue());
    }

    private void act(String user, String action, String body) {
        HttpResponse<String> r = Http.as(user).send("POST", "/ledger/api/projects/" + projectId + "/actions/" + action,
                "application/json", body);
        assertEquals(200, r.statusCode(), action + ": " + r.body());
    }

    /** A project notice whose back-dated period is evidenced by 光明村's photographed board posting on its first day. */
    private long publish(String type, String regions, LocalDate from, LocalDate to) {
        HttpResponse<String> draft = Http.as("yangbi.rural").send("POST", "/ledger/api/notices", "application/json",
                "{\"type\": \"" + type + "\", \"subjectId\": \"" + projectId + "\", \"regionCodes\": " + regions
                        + ", \"periodStart\": \"" + from + "\", \"periodEnd\": \"" + to + "\"}");
        assertEquals(201, draft.statusCode(), draft.body());
        long notice = Http.json(draft).getJsonNumber("id").longValue();
        publishDraft(notice);
        BoardPostings.recordWithPhoto("guangming.clerk", notice, "532922101201", from);
        return notice;
    }

    private void publishDraft(long notice) {
        HttpResponse<String> published = Http.as("yangbi.rural").sendNoBody("POST", "/ledger/api/notices/" + notice
                + "/publish");
        assertEquals(200, published.statusCode(), published.body());
        notices.add(notice);
    }

    /** The notice number the portal knows a seeded notice by. */
    public static String noticeNo(long noticeId) {
        JsonObject notice = Http.json(Http.as("yangbi.rural").get("/ledger/api/notices/" + noticeId));
        return notice.getString("noticeNo");
    }
}
