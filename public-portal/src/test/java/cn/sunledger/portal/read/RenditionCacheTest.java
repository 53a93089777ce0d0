package cn.sunledger.portal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RenditionCacheTest {

    private static Rendition bytes(String no, int size) {
        return Rendition.of(no, "html", new byte[size], "0".repeat(64), "text/html");
    }

    @Test
    void loadsOnceThenServesTheSameInstance() {
        RenditionCache cache = new RenditionCache(10_000);
        AtomicInteger loads = new AtomicInteger();
        Rendition first = cache.get("/a", () -> {
            loads.incrementAndGet();
            return bytes("a", 100);
        });
        Rendition second = cache.get("/a", () -> {
            loads.incrementAndGet();
            return bytes("a", 100);
        });
        assertSame(first, second);
        assertEquals(1, loads.get());
        assertEquals(100, cache.size());
    }

    @Test
    void aMissingRenditionIsNotCached() {
        RenditionCache cache = new RenditionCache(10_000);
        assertNull(cache.get("/none", () -> null));
        assertEquals(0, cache.count());
    }

    @Test
    void staysWithinItsBudgetDroppingTheLeastRecentlyUsed() throws InterruptedException {
        RenditionCache cache = new RenditionCache(8_000);
        for (int i = 0; i < 7; i++) {
            cache.put("/n" + i, bytes("n" + i, 1_000));
            Thread.sleep(1);
        }
        assertNotNull(cache.get("/n0")); // used again: now the most recent
        Thread.sleep(1);
        cache.put("/n7", bytes("n7", 1_000));
        cache.put("/n8", bytes("n8", 1_000));
        assertTrue(cache.size() <= 8_000, "size " + cache.size());
        assertNotNull(cache.get("/n0"), "recently used entry kept");
        assertNull(cache.get("/n1"), "least recently used entry dropped");
        assertNotNull(cache.get("/n8"), "newest entry kept");
    }

    @Test
    void anEntryLargerThanAnEighthOfTheBudgetIsServedButNotKept() {
        RenditionCache cache = new RenditionCache(8_000);
        Rendition big = cache.get("/big", () -> bytes("big", 1_001));
        assertNotNull(big);
        assertEquals(0, cache.count());
    }

    @Test
    void replacingAnEntryCountsItsBytesOnce() {
        RenditionCache cache = new RenditionCache(8_000);
        cache.put("/a", bytes("a", 500));
        cache.put("/a", bytes("a", 700));
        assertEquals(700, cache.size());
    }
}
