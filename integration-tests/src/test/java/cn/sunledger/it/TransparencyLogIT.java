package cn.sunledger.it;

import static cn.sunledger.it.support.PortalHttp.get;
import static cn.sunledger.it.support.PortalHttp.getOk;
import static cn.sunledger.it.support.PortalHttp.header;
import static cn.sunledger.it.support.PortalHttp.json;
import static cn.sunledger.it.support.PortalHttp.sha256Hex;
import static cn.sunledger.it.support.PortalHttp.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.Rfc6962;
import cn.sunledger.it.support.TestServer;
import cn.sunledger.tlog.SignedNote;
import cn.sunledger.tlog.VerificationException;
import cn.sunledger.tlog.VerifierKey;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The prefecture's transparency log checked as an outside auditor would, from the portal's public API only:
 * the root is recomputed from the published leaves with the test's own RFC 6962 code, the checkpoint's
 * signature is checked with the published key, every inclusion proof and a consistency proof are verified,
 * and one changed byte, in a leaf or in a PDF, is shown to break the chain.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TransparencyLogIT {

    static final String LOG = "/portal/log/532900000000";

    /** Enough appends to complete a node three levels up, wherever the log's size stood. */
    static final int APPENDS = 8;

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("transparency-log-probe");
    }

    /** One leaf as published: index, notice number and the exact leaf bytes. */
    record Leaf(long index, String noticeNo, byte[] bytes) {
    }

    /** The checkpoint note's body: origin, size and root on three lines, then a blank line and signatures. */
    record Head(String origin, long size, byte[] root, String note) {
    }

    static List<Leaf> allLeaves() {
        List<Leaf> leaves = new ArrayList<>();
        long total;
        do {
            JsonObject page = json(LOG + "/entries?start=" + leaves.size());
            total = page.getJsonNumber("total").longValue();
            for (JsonObject e : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                assertEquals(leaves.size(), e.getJsonNumber("index").longValue(), "leaves come in order, without gaps");
                leaves.add(new Leaf(e.getJsonNumber("index").longValue(), e.getString("noticeNo"),
                        Base64.getDecoder().decode(e.getString("leaf"))));
            }
            assertFalse(page.getJsonArray("items").isEmpty() && leaves.size() < total, "entries stalled");
        } while (leaves.size() < total);
        return leaves;
    }

    static Head head() {
        String note = text(getOk(LOG + "/checkpoint"));
        String[] lines = note.substring(0, note.indexOf("\n\n")).split("\n");
        assertEquals(3, lines.length, "origin, size, root");
        return new Head(lines[0], Long.parseLong(lines[1]), Base64.getDecoder().decode(lines[2]), note);
    }

    static List<byte[]> hashes(List<Leaf> leaves, long size) {
        return leaves.subList(0, (int) size).stream().map(l -> Rfc6962.leafHash(l.bytes())).toList();
    }

    static List<byte[]> proof(JsonObject answer) {
        return answer.getJsonArray("proof").getValuesAs(JsonString.class).stream()
                .map(s -> Base64.getDecoder().decode(s.getString())).toList();
    }

    @Test
    void theRootRecomputedFromThePublishedLeavesIsTheSignedOne() throws VerificationException {
        Head head = head();
        List<Leaf> leaves = allLeaves();
        assertTrue(head.size() >= 1 && head.size() <= leaves.size(), "checkpoint size " + head.size());
        assertTrue(head.origin().endsWith("532900000000"), head.origin());
        assertArrayEquals(head.root(), Rfc6962.root(hashes(leaves, head.size())));

        String vkey = text(getOk(LOG + "/key")).strip();
        assertTrue(header(getOk(LOG + "/checkpoint"), "Content-Type").startsWith("text/plain"));
        VerifierKey key = VerifierKey.parse(vkey);
        String signed = SignedNote.verify(head.note(), key);
        assertEquals(head.origin() + "\n" + head.size() + "\n" + Base64.getEncoder().encodeToString(head.root()) + "\n",
                signed, "the signature covers exactly this checkpoint");

        String forged = head.note().replaceFirst("\n" + head.size() + "\n", "\n" + (head.size() + 1) + "\n");
        assertThrows(VerificationException.class, () -> SignedNote.verify(forged, key), "a changed size");
    }

    @Test
    void everyLeafRecordsItsNoticesHashesAndEveryInclusionProofLeadsToTheSignedRoot() {
        Head head = head();
        List<Leaf> leaves = allLeaves();
        for (Leaf leaf : leaves.subList(0, (int) head.size())) {
            JsonObject content = Json.createReader(new StringReader(new String(leaf.bytes(),
                    StandardCharsets.UTF_8))).readObject();
            assertEquals(leaf.noticeNo(), content.getString("noticeNo"));
            JsonObject answer = json(LOG + "/proof/inclusion?noticeNo=" + leaf.noticeNo() + "&treeSize=" + head.size());
            assertEquals(leaf.index(), answer.getJsonNumber("leafIndex").longValue());
            assertEquals(head.size(), answer.getJsonNumber("treeSize").longValue());
            assertArrayEquals(head.root(), Rfc6962.rootFromInclusion(leaf.index(), head.size(),
                    Rfc6962.leafHash(leaf.bytes()), proof(answer)), "inclusion of " + leaf.noticeNo());
        }
        JsonObject byDefault = json(LOG + "/proof/inclusion?noticeNo=" + leaves.get(0).noticeNo());
        assertEquals(head.size(), byDefault.getJsonNumber("treeSize").longValue(), "the latest checkpoint's size");
        assertEquals(400, get(LOG + "/proof/inclusion?noticeNo=" + leaves.get(0).noticeNo() + "&treeSize="
                + (leaves.size() + 1)).statusCode(), "a tree larger than the log");
        Leaf last = leaves.get(leaves.size() - 1);
        assertEquals(400, get(LOG + "/proof/inclusion?noticeNo=" + last.noticeNo() + "&treeSize=" + last.index())
                .statusCode(), "a tree that does not contain the leaf yet");
    }

    @Test
    void anOlderTreeIsConsistentWithTheSignedOne() {
        Head head = head();
        List<Leaf> leaves = allLeaves();
        assertTrue(head.size() >= 2, "the demo log holds several notices");
        for (long from : new long[] {1, head.size() / 2, head.size() - 1, head.size()}) {
            JsonObject answer = json(LOG + "/proof/consistency?from=" + from + "&to=" + head.size());
            assertEquals(from, answer.getJsonNumber("from").longValue());
            assertTrue(Rfc6962.consistent(from, head.size(), Rfc6962.root(hashes(leaves, from)), head.root(),
                    proof(answer)), "consistency from " + from);
        }
        JsonObject answer = json(LOG + "/proof/consistency?from=1&to=" + head.size());
        byte[] forgedOldRoot = Rfc6962.leafHash("forged".getBytes(StandardCharsets.UTF_8));
        assertFalse(Rfc6962.consistent(1, head.size(), forgedOldRoot, head.root(), proof(answer)),
                "a different old tree is not consistent");
        assertEquals(400, get(LOG + "/proof/consistency?from=0&to=" + head.size()).statusCode());
        assertEquals(400, get(LOG + "/proof/consistency?from=2&to=1").statusCode());
    }

    @Test
    void publishingANewNoticeExtendsTheLogConsistentlyBetweenTwoSignedCheckpoints() {
        Head before = head();
        JsonObject receipt = publishPolicyNotice("大理州关于公告公示下沉到自然村的通知（日志测试）",
                "一、总体要求\\n村级公告公示要下沉到自然村。", "\"532900000000\", \"532922101201002\"");
        assertEquals(before.size(), receipt.getJsonNumber("logIndex").longValue(), "appended as the next leaf");

        Head after = head();
        assertEquals(before.size() + 1, after.size());
        assertArrayEquals(after.root(), Rfc6962.root(hashes(allLeaves(), after.size())));
        JsonObject consistency = json(LOG + "/proof/consistency?from=" + before.size() + "&to=" + after.size());
        assertTrue(Rfc6962.consistent(before.size(), after.size(), before.root(), after.root(), proof(consistency)),
                "the old signed checkpoint is a prefix of the new one");
        byte[] otherRoot = before.root().clone();
        otherRoot[0] ^= 1;
        assertFalse(Rfc6962.consistent(before.size(), after.size(), otherRoot, after.root(), proof(consistency)),
                "an auditor holding a different old root would notice");
        JsonObject inclusion = json(LOG + "/proof/inclusion?noticeNo=" + receipt.getString("noticeNo"));
        Leaf leaf = allLeaves().get((int) before.size());
        assertEquals(receipt.getString("noticeNo"), leaf.noticeNo());
        assertArrayEquals(after.root(), Rfc6962.rootFromInclusion(before.size(), after.size(),
                Rfc6962.leafHash(leaf.bytes()), proof(inclusion)));
    }

    /**
     * The proofs come from the tree nodes each append stores, not from the leaves: after a run of appends that
     * completes nodes on several levels, the last notice's inclusion proof, the first one's and the consistency
     * with the log before them verify with the test's own RFC 6962 code against the signed checkpoint.
     */
    @Test
    void aNoticePublishedAfterManyAppendsProvesItsInclusionFromTheStoredNodes() {
        Head before = head();
        List<String> published = new ArrayList<>();
        for (int i = 0; i < APPENDS; i++) {
            published.add(publishPolicyNotice("大理州关于村务公开栏维护的通知（第" + (i + 1) + "批，日志节点测试）",
                    "村务公开栏要保持整洁。", "\"532900000000\"").getString("noticeNo"));
        }
        Head after = head();
        assertEquals(before.size() + APPENDS, after.size());
        List<Leaf> leaves = allLeaves();
        assertArrayEquals(after.root(), Rfc6962.root(hashes(leaves, after.size())), "the signed root is the leaves'");
        for (String noticeNo : List.of(published.get(0), published.get(APPENDS - 1))) {
            Leaf leaf = leaves.stream().filter(l -> l.noticeNo().equals(noticeNo)).findFirst().orElseThrow();
            JsonObject inclusion = json(LOG + "/proof/inclusion?noticeNo=" + noticeNo + "&treeSize=" + after.size());
            assertArrayEquals(after.root(), Rfc6962.rootFromInclusion(leaf.index(), after.size(),
                    Rfc6962.leafHash(leaf.bytes()), proof(inclusion)), "inclusion of " + noticeNo);
        }
        JsonObject consistency = json(LOG + "/proof/consistency?from=" + before.size() + "&to=" + after.size());
        assertTrue(Rfc6962.consistent(before.size(), after.size(), before.root(), after.root(), proof(consistency)));
    }

    /**
     * Publishes a policy notice of the prefecture through the staff API and returns the receipt.
     *
     * @param body        the document's body as a JSON string's content
     * @param regionCodes the notice's regions as JSON string literals separated by commas
     */
    static JsonObject publishPolicyNotice(String title, String body, String regionCodes) {
        String doc = "{\"regionCode\": \"532900000000\", \"title\": \"" + title + "\","
                + " \"issuer\": \"大理州乡村振兴局\", \"body\": \"" + body + "\", \"referenceOnly\": false}";
        HttpResponse<String> created = Http.as("dali.bureau").send("POST", "/ledger/api/policy-documents",
                "application/json", doc);
        assertEquals(201, created.statusCode(), created.body());
        String draft = "{\"type\": \"POLICY\", \"subjectId\": \"" + Http.json(created).getInt("id")
                + "\", \"regionCodes\": [" + regionCodes + "]}";
        long id = Http.json(Http.as("dali.bureau").send("POST", "/ledger/api/notices", "application/json", draft))
                .getJsonNumber("id").longValue();
        return Http.json(Http.as("dali.bureau").sendNoBody("POST", "/ledger/api/notices/" + id + "/publish"));
    }

    @Test
    void oneChangedByteInALeafOrInAPdfBreaksVerification() {
        Head head = head();
        List<Leaf> leaves = allLeaves();
        Leaf leaf = leaves.get(0);
        JsonObject answer = json(LOG + "/proof/inclusion?noticeNo=" + leaf.noticeNo() + "&treeSize=" + head.size());

        byte[] changedLeaf = leaf.bytes().clone();
        changedLeaf[changedLeaf.length / 2] ^= 0x01;
        byte[] implied = Rfc6962.rootFromInclusion(leaf.index(), head.size(), Rfc6962.leafHash(changedLeaf), proof(answer));
        assertFalse(Arrays.equals(head.root(), implied), "a changed leaf no longer leads to the signed root");
        List<byte[]> changedLog = new ArrayList<>(hashes(leaves, head.size()));
        changedLog.set(0, Rfc6962.leafHash(changedLeaf));
        assertFalse(Arrays.equals(head.root(), Rfc6962.root(changedLog)));

        // The leaf binds the PDF by its hash: the original matches, a copy with one byte changed does not.
        JsonObject content = Json.createReader(new StringReader(new String(leaf.bytes(),
                StandardCharsets.UTF_8))).readObject();
        byte[] pdf = getOk("/portal/notices/" + leaf.noticeNo() + ".pdf").body();
        assertEquals(content.getString("sha256Pdf"), sha256Hex(pdf));
        byte[] changedPdf = pdf.clone();
        changedPdf[changedPdf.length / 2] ^= 0x01;
        String changedHash = sha256Hex(changedPdf);
        assertNotEquals(content.getString("sha256Pdf"), changedHash);
        assertEquals(404, get("/portal/verify?sha256=" + changedHash).statusCode(), "the portal does not know it");

        List<byte[]> path = proof(answer);
        if (!path.isEmpty()) {
            assertNull(Rfc6962.rootFromInclusion(leaf.index(), head.size(), Rfc6962.leafHash(leaf.bytes()),
                    path.subList(0, path.size() - 1)), "a shortened proof does not fit the tree");
        }
    }
}
