package cn.sunledger.portal.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MediaPreferenceTest {

    @Test
    void browsersGetPages() {
        assertTrue(MediaPreference.prefersHtml(
                "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"));
        assertTrue(MediaPreference.prefersHtml("text/html"));
        assertTrue(MediaPreference.prefersHtml("application/json;q=0.5, text/*"));
    }

    @Test
    void toolsAndApiClientsGetJson() {
        assertFalse(MediaPreference.prefersHtml(null));
        assertFalse(MediaPreference.prefersHtml(""));
        assertFalse(MediaPreference.prefersHtml("*/*"));
        assertFalse(MediaPreference.prefersHtml("application/json"));
        assertFalse(MediaPreference.prefersHtml("application/json, text/html;q=0.5"));
        assertFalse(MediaPreference.prefersHtml("text/html;q=0, */*"));
        assertFalse(MediaPreference.prefersHtml("text/html;q=abc"));
    }
}
