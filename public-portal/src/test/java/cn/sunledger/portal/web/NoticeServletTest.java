package cn.sunledger.portal.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NoticeServletTest {

    private static final String ETAG = "\"" + "ab".repeat(32) + "\"";

    @Test
    void ifNoneMatchMatchesTheTagInAListWeaklyOrByStar() {
        assertTrue(NoticeServlet.matches(ETAG, ETAG));
        assertTrue(NoticeServlet.matches("\"other\", " + ETAG, ETAG));
        assertTrue(NoticeServlet.matches("W/" + ETAG, ETAG));
        assertTrue(NoticeServlet.matches("*", ETAG));
    }

    @Test
    void anotherOrUnquotedTagDoesNotMatch() {
        assertFalse(NoticeServlet.matches("\"" + "cd".repeat(32) + "\"", ETAG));
        assertFalse(NoticeServlet.matches("ab".repeat(32), ETAG));
        assertFalse(NoticeServlet.matches("", ETAG));
    }
}
