package cn.sunledger.portal.web;

import cn.sunledger.portal.log.LogReader;
import cn.sunledger.portal.read.BadParameterException;
import cn.sunledger.portal.read.Params;
import cn.sunledger.portal.read.RegionScope;
import jakarta.inject.Inject;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GET /portal/log/{county}/… — a county's (or the prefecture's) transparency log for anyone to check:
 * {@code checkpoint} (the latest signed note), {@code key} (the C2SP vkey), {@code entries?start=&end=}
 * (the exact leaf bytes), {@code proof/inclusion?noticeNo=&treeSize=} (or {@code entryNo=} for a journal entry) and {@code proof/consistency?from=&to=}.
 */
@WebServlet(urlPatterns = "/log/*")
public class LogServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([^/]+)/(checkpoint|key|entries|proof/inclusion|proof/consistency)");
    private static final Pattern NOTICE_NO = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,39}");
    private static final Pattern ENTRY_NO = Pattern.compile("\\d{6}-\\d{4}-\\d{6}");
    /** Far beyond any county's log; keeps sizes readable in error messages. */
    private static final long MAX_SIZE = 999_999_999L;

    @Inject
    transient LogReader log;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Matcher m = path == null ? null : PATH.matcher(path);
        if (m == null || !m.matches()) {
            Problems.notFound(request, response, "没有这个日志接口", "no such log resource");
            return;
        }
        String county = m.group(1);
        if (!RegionScope.isValidCode(county) || county.length() != 12) {
            throw new BadParameterException("county", "日志地区必须是 12 位的县或州区划代码",
                    "the log region must be a 12-digit county or prefecture code");
        }
        if (!RegionScope.isLogRegion(county) || !log.exists(county)) {
            Problems.notFound(request, response, "该地区没有透明日志", "this region keeps no transparency log");
            return;
        }
        switch (m.group(2)) {
            case "checkpoint" -> checkpoint(request, response, county);
            case "key" -> key(request, response, county);
            case "entries" -> entries(request, response, county);
            case "proof/inclusion" -> inclusion(request, response, county);
            default -> consistency(request, response, county);
        }
    }

    private void key(HttpServletRequest request, HttpServletResponse response, String county) throws IOException {
        Optional<String> vkey = log.verifierKey(county);
        if (vkey.isEmpty()) {
            Problems.notFound(request, response, "该日志还没有公布验证密钥", "the log has no published verifier key yet");
            return;
        }
        // Keys are insert-only: once published, a key never changes.
        text(response, vkey.get() + "\n", "public, max-age=86400");
    }

    private void checkpoint(HttpServletRequest request, HttpServletResponse response, String county) throws IOException {
        Optional<LogReader.StoredCheckpoint> latest = log.latestCheckpoint(county);
        if (latest.isEmpty()) {
            Problems.notFound(request, response, "该日志还没有签名的检查点", "the log has no signed checkpoint yet");
            return;
        }
        // It changes with every publication: caches must ask again each time.
        text(response, latest.get().signedNote(), "no-cache");
    }

    private void entries(HttpServletRequest request, HttpServletResponse response, String county) throws IOException {
        Params params = new Params(request::getParameter);
        long size = log.size(county);
        Long start = params.number("start", 0, 0, MAX_SIZE);
        Long end = params.optionalNumber("end", 0, MAX_SIZE);
        params.check();
        if (start > size || (end != null && end < start)) {
            throw new BadParameterException("start", "需要 0 ≤ start ≤ end，且 start 不超过日志大小 " + size,
                    "need 0 <= start <= end and start at most the log size " + size);
        }
        // end may run past the log (a client polling for new leaves); the answer says where it stopped.
        long to = Math.min(Math.min(end == null ? size : end, size), start + LogReader.MAX_ENTRIES);
        List<LogReader.Entry> entries = log.entries(county, start, to);
        JsonOut.write(response, "public, max-age=60", json -> {
            json.writeStartObject().write("logRegion", county).write("start", start).write("end", to)
                    .write("total", size).writeStartArray("items");
            Base64.Encoder base64 = Base64.getEncoder();
            for (LogReader.Entry e : entries) {
                // a notice's leaf is named by its notice number, a journal entry's by its entry number (api.md)
                json.writeStartObject().write("index", e.index());
                if (e.entryNo() != null) {
                    json.write("entryNo", e.entryNo());
                } else {
                    json.write("noticeNo", e.noticeNo());
                }
                json.write("leaf", base64.encodeToString(e.leaf())).writeEnd();
            }
            json.writeEnd().writeEnd();
        });
    }

    private void inclusion(HttpServletRequest request, HttpServletResponse response, String county) throws IOException {
        Params params = new Params(request::getParameter);
        String noticeNo = params.matching("noticeNo", NOTICE_NO, "noticeNo 必须是公告编号", "noticeNo must be a notice number");
        String entryNo = params.matching("entryNo", ENTRY_NO, "entryNo 必须是分录编号", "entryNo must be a journal entry number");
        if ((params.text("noticeNo") == null) == (params.text("entryNo") == null)) {
            params.refuse("noticeNo", "请给出 noticeNo（公告编号）或 entryNo（分录编号）之一",
                    "give either noticeNo (a notice number) or entryNo (a journal entry number)");
        }
        Long requested = params.optionalNumber("treeSize", 1, MAX_SIZE);
        params.check();
        boolean journal = entryNo != null;
        Optional<Long> index = journal ? log.indexOf(county, LogReader.Subject.JOURNAL_ENTRY, entryNo)
                : log.indexOf(county, LogReader.Subject.NOTICE, noticeNo);
        Long treeSize = requested != null ? requested : latestSize(county);
        if (index.isEmpty() || treeSize == null) {
            Problems.notFound(request, response, index.isEmpty() ? (journal ? "该分录不在这个日志中" : "该公告不在这个日志中")
                    : "该日志还没有签名的检查点", index.isEmpty() ? (journal ? "the entry is not in this log"
                    : "the notice is not in this log") : "the log has no signed checkpoint yet");
            return;
        }
        long size = log.size(county);
        if (index.get() >= treeSize || treeSize > size) {
            throw new BadParameterException("treeSize", "treeSize 必须大于公告的序号 " + index.get() + " 且不超过日志大小 " + size,
                    "treeSize must exceed the notice's index " + index.get() + " and not exceed the log size " + size);
        }
        List<byte[]> proof = log.tree(county, treeSize).inclusionProof(index.get(), treeSize);
        JsonOut.write(response, proofCaching(requested), json -> {
            json.writeStartObject().write("logRegion", county).write(journal ? "entryNo" : "noticeNo",
                    journal ? entryNo : noticeNo).write("leafIndex", index.get()).write("treeSize", treeSize);
            hashes(json, proof);
            json.writeEnd();
        });
    }

    private void consistency(HttpServletRequest request, HttpServletResponse response, String county) throws IOException {
        Params params = new Params(request::getParameter);
        Long from = params.optionalNumber("from", 1, MAX_SIZE);
        if (params.text("from") == null) {
            params.refuse("from", "缺少 from（旧的树大小，至少为 1）", "from (the older tree size, at least 1) is required");
        }
        Long requested = params.optionalNumber("to", 1, MAX_SIZE);
        params.check();
        Long to = requested != null ? requested : latestSize(county);
        if (to == null) {
            Problems.notFound(request, response, "该日志还没有签名的检查点", "the log has no signed checkpoint yet");
            return;
        }
        long size = log.size(county);
        if (from > to || to > size) {
            throw new BadParameterException("to", "需要 1 ≤ from ≤ to ≤ 日志大小 " + size,
                    "need 1 <= from <= to <= the log size " + size);
        }
        List<byte[]> proof = log.tree(county, to).consistencyProof(from, to);
        JsonOut.write(response, proofCaching(requested), json -> {
            json.writeStartObject().write("logRegion", county).write("from", from).write("to", to);
            hashes(json, proof);
            json.writeEnd();
        });
    }

    /** A proof for given sizes never changes; one for "the latest checkpoint" does with the next one. */
    private static String proofCaching(Long requestedSize) {
        return requestedSize != null ? "public, max-age=31536000, immutable" : "no-cache";
    }

    private Long latestSize(String county) {
        return log.latestCheckpoint(county).map(LogReader.StoredCheckpoint::treeSize).orElse(null);
    }

    private static void hashes(JsonGenerator json, List<byte[]> proof) {
        json.writeStartArray("proof");
        proof.forEach(h -> json.write(Base64.getEncoder().encodeToString(h)));
        json.writeEnd();
    }

    private static void text(HttpServletResponse response, String text, String cacheControl) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/plain;charset=utf-8");
        response.setHeader("Cache-Control", cacheControl);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
