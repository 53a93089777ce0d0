package cn.sunledger.ledger.infrastructure.render;

import cn.sunledger.ledger.domain.model.notice.document.NoticeDocument;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Published bytes are hashed: the same notice must always render to the same bytes, in every format. */
class RenderDeterminismTest {

    /** The last two take the measured page break before a table's last rows, and the title and place rules. */
    private static final List<NoticeDocument> NOTICES = List.of(SampleNotices.published(), SampleNotices.draft(),
            SampleNotices.base().supersededBy("GS-532922-2025-0050").build(), SampleNotices.withLargeTable(16),
            SampleNotices.withLongTitleAndManyPlaces());

    private static void assertStable(Function<NoticeDocument, byte[]> first, Function<NoticeDocument, byte[]> second) {
        for (NoticeDocument doc : NOTICES) {
            assertArrayEquals(first.apply(doc), second.apply(doc), "for " + doc.title() + " draft=" + doc.draft());
        }
    }

    @Test
    void htmlIsReproducible() {
        assertStable(new NoticeHtmlRenderer()::render, new NoticeHtmlRenderer()::render);
    }

    @Test
    void jsonIsReproducible() {
        assertStable(new NoticeJsonRenderer()::render, new NoticeJsonRenderer()::render);
    }

    @Test
    void pdfIsReproducible() throws InterruptedException {
        NoticePdfRenderer renderer = new NoticePdfRenderer();
        byte[] before = renderer.render(SampleNotices.published());
        Thread.sleep(1100); // PDF dates have one-second resolution: a clock leaking in would show now
        assertArrayEquals(before, renderer.render(SampleNotices.published()));
        assertStable(renderer::render, new NoticePdfRenderer()::render);
    }

    /** The cached font is shared by all renders; concurrent notices must not disturb each other's bytes. */
    @Test
    void pdfIsReproducibleUnderConcurrentRendering() throws Exception {
        NoticePdfRenderer renderer = new NoticePdfRenderer();
        List<byte[]> expected = NOTICES.stream().map(renderer::render).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (NoticeDocument doc : NOTICES) {
                    results.add(pool.submit(() -> new NoticePdfRenderer().render(doc)));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertArrayEquals(expected.get(i % NOTICES.size()), results.get(i).get(1, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void differentNoticesGetDifferentPdfIdentifiers() {
        NoticePdfRenderer renderer = new NoticePdfRenderer();
        String a = trailerId(renderer.render(SampleNotices.published()));
        String b = trailerId(renderer.render(SampleNotices.draft()));
        assertFalse(a.equals(b), a);
    }

    private static String trailerId(byte[] pdf) {
        String tail = new String(pdf, Math.max(0, pdf.length - 400), Math.min(400, pdf.length),
                StandardCharsets.ISO_8859_1);
        int at = tail.indexOf("/ID");
        return tail.substring(at, tail.indexOf(']', at) + 1);
    }
}
