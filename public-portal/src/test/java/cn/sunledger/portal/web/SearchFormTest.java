package cn.sunledger.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchFormTest {

    @Test
    void pageLinksKeepTheQueryEncoded() {
        assertEquals("/portal/search?q=%E5%85%89%E6%98%8E+%26+%25&year=2026&region=532922000000&page=2",
                SearchForm.href("光明 & %", null, 2026, "532922000000", 2));
        assertEquals("/portal/search", SearchForm.href(null, null, null, null, 0));
    }

    @Test
    void theFormEscapesWhatTheReaderTyped() {
        String form = SearchForm.render("\"><script>", "POLICY", null, null, null);
        assertFalse(form.contains("<script>"));
        assertTrue(form.contains("value=\"&quot;&gt;&lt;script&gt;\""));
        assertTrue(form.contains("<option value=\"POLICY\" selected>"));
        assertTrue(form.contains("method=\"get\""));
    }
}
