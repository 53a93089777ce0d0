package cn.sunledger.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupAndQuotes() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;",
                Html.escape("<script>alert(\"x\")</script> & '"));
    }

    @Test
    void leavesChineseTextAlone() {
        assertEquals("大理白族自治州", Html.escape("大理白族自治州"));
    }
}
