package cn.sunledger.portal.write;

import cn.sunledger.portal.read.PublishedNotice;
import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Atom 1.0 feed (RFC 4287) of published notices with the JDK's StAX writer, which escapes
 * markup; characters that XML 1.0 cannot carry at all are dropped first, as no escaping can save them.
 * Entry ids are tag URIs built from the notice number, so they stay the same whatever host serves the feed.
 */
public final class AtomFeedWriter {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /**
     * @param id      the feed's own permanent id
     * @param title   e.g. 漾濞彝族自治县 公告公示
     * @param selfUrl absolute URL of the feed
     * @param pageUrl absolute URL of the region's page
     * @param baseUrl absolute URL of the portal without trailing slash, e.g. https://host/portal
     */
    public record Feed(String id, String title, String selfUrl, String pageUrl, String baseUrl) {
    }

    private AtomFeedWriter() {
    }

    public static String entryId(String noticeNo) {
        return "tag:sunledger.cn,2026:notice:" + noticeNo;
    }

    /** {@code updated} of the feed is the newest notice's time, or {@code emptyUpdated} when there is none. */
    public static void write(OutputStream out, Feed feed, List<PublishedNotice> notices, OffsetDateTime emptyUpdated)
            throws IOException {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "zh-CN");
            element(xml, "id", feed.id());
            element(xml, "title", feed.title());
            link(xml, "self", feed.selfUrl(), "application/atom+xml");
            link(xml, "alternate", feed.pageUrl(), "text/html");
            OffsetDateTime updated = notices.isEmpty() ? emptyUpdated : notices.get(0).publishedAtOffset();
            element(xml, "updated", time(updated));
            xml.writeStartElement("author");
            element(xml, "name", "阳光台账公开门户");
            xml.writeEndElement();
            for (PublishedNotice n : notices) {
                entry(xml, feed.baseUrl(), n);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the Atom feed", e);
        }
    }

    private static void entry(XMLStreamWriter xml, String baseUrl, PublishedNotice n) throws XMLStreamException {
        String url = baseUrl + "/notices/" + n.noticeNo();
        xml.writeStartElement("entry");
        element(xml, "id", entryId(n.noticeNo()));
        element(xml, "title", n.title());
        link(xml, "alternate", url, "text/html");
        link(xml, "enclosure", url + ".pdf", "application/pdf");
        link(xml, "describedby", url + ".json", "application/json");
        element(xml, "published", time(n.publishedAtOffset()));
        element(xml, "updated", time(n.publishedAtOffset()));
        xml.writeStartElement("author");
        element(xml, "name", n.issuer());
        xml.writeEndElement();
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", clean(n.type()));
        xml.writeAttribute("label", clean(n.typeLabel()));
        element(xml, "summary", summary(n));
        xml.writeEndElement();
    }

    static String summary(PublishedNotice n) {
        StringBuilder s = new StringBuilder(n.typeLabel()).append(" · ").append(n.noticeNo()).append(" · ")
                .append(n.issuer());
        if (n.hasPeriod()) {
            s.append(" · 公示期 ").append(n.periodStart()).append(" 至 ").append(n.periodEnd());
        }
        if (n.supersededBy() != null) {
            s.append(" · 已被 ").append(n.supersededBy()).append(" 更正");
        }
        return s.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", clean(href));
    }

    private static String time(OffsetDateTime t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.withNano(0));
    }

    /** Drops what XML 1.0 forbids: controls other than tab and line ends, lone surrogates, U+FFFE/U+FFFF. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean ok = pair || c == '\t' || c == '\n' || c == '\r'
                    || (c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c));
            if (!ok && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (pair) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (ok && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
