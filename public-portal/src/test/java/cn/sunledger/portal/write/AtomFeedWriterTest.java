package cn.sunledger.portal.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.portal.TestNotices;
import cn.sunledger.portal.read.PublishedNotice;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AtomFeedWriterTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final AtomFeedWriter.Feed FEED = new AtomFeedWriter.Feed("tag:sunledger.cn,2026:region:532922000000",
            "漾濞彝族自治县 公告公示", "http://h/portal/regions/532922000000/feed.atom", "http://h/portal/regions/532922000000",
            "http://h/portal");

    private static Document write(List<PublishedNotice> notices) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomFeedWriter.write(out, FEED, notices, OffsetDateTime.of(2026, 5, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8)));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }

    @Test
    void markupInTitlesIsEscapedAndForbiddenCharactersDropped() throws Exception {
        String hostile = "<script>alert(\"x\")</script> & 'q' \u0001\u0008\uFFFE 结束 😀";
        Document feed = write(List.of(TestNotices.notice("532922-2026-00001", hostile,
                LocalDateTime.of(2026, 3, 1, 8, 0))));
        Element entry = (Element) feed.getElementsByTagNameNS(ATOM, "entry").item(0);
        assertEquals("<script>alert(\"x\")</script> & 'q'  结束 😀", text(entry, "title"));
        assertEquals(0, feed.getElementsByTagName("script").getLength(), "no element was injected");
    }

    @Test
    void isAnAtomFeedWithStableIdsLinksAndDates() throws Exception {
        Document feed = write(List.of(
                TestNotices.notice("532922-2026-00002", "新", LocalDateTime.of(2026, 3, 2, 9, 30, 15, 250_000_000)),
                TestNotices.superseded("532922-2026-00001", "532922-2026-00002", LocalDateTime.of(2026, 3, 1, 8, 0))));
        Element root = feed.getDocumentElement();
        assertEquals("feed", root.getLocalName());
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("zh-CN", root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertEquals("2026-03-02T09:30:15+08:00", text(root, "updated"), "the newest notice's time, to the second");
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertEquals(2, entries.getLength());
        Element first = (Element) entries.item(0);
        assertEquals("tag:sunledger.cn,2026:notice:532922-2026-00002", text(first, "id"));
        Element alternate = (Element) first.getElementsByTagNameNS(ATOM, "link").item(0);
        assertEquals("http://h/portal/notices/532922-2026-00002", alternate.getAttribute("href"));
        assertEquals("alternate", alternate.getAttribute("rel"));
        assertTrue(text((Element) entries.item(1), "summary").contains("已被 532922-2026-00002 更正"));
        assertFalse(text(first, "summary").contains("更正"));
    }

    @Test
    void anEmptyFeedIsStillValidAtom() throws Exception {
        Document feed = write(List.of());
        assertEquals("2026-05-01T00:00:00+08:00", text(feed.getDocumentElement(), "updated"));
        assertEquals(0, feed.getElementsByTagNameNS(ATOM, "entry").getLength());
        assertEquals(1, feed.getDocumentElement().getElementsByTagNameNS(ATOM, "author").getLength());
    }

    @Test
    void cleanKeepsValidTextUntouched() {
        String text = "光明村 tab\tline\n😀";
        assertTrue(text == AtomFeedWriter.clean(text), "no copy when nothing is dropped");
        assertEquals("ab", AtomFeedWriter.clean("a\uD800b"), "a lone surrogate is dropped");
    }
}
