package cn.sunledger.portal.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Frozen renditions kept in memory, bounded by their total size in bytes. Published bytes never change,
 * so nothing is ever stale: entries leave only to make room, least recently used first.
 *
 * <p>A hit is one lock-free map lookup and a timestamp write, so serving a notice costs no database round
 * trip and no copy. Eviction is rare and simple (sort by last use, drop the oldest) rather than a linked
 * LRU list that every hit would have to lock.
 */
public final class RenditionCache {

    /** 64 MB holds a few thousand typical notices (HTML ~30 KB, PDF ~100 KB, JSON ~10 KB). */
    public static final long DEFAULT_BUDGET = 64L * 1024 * 1024;

    private final long budget;
    private final long maxEntry;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    private static final class Entry {
        final Rendition rendition;
        /** Written without synchronisation: a lost update only makes eviction slightly less exact. */
        long lastUsed;

        Entry(Rendition rendition) {
            this.rendition = rendition;
            this.lastUsed = System.nanoTime();
        }
    }

    public RenditionCache(long budget) {
        this.budget = budget;
        // One huge PDF must not push out hundreds of small notices that villagers actually read.
        this.maxEntry = budget / 8;
    }

    /** The cached rendition for {@code key}, or null. */
    public Rendition get(String key) {
        Entry e = entries.get(key);
        if (e == null) {
            return null;
        }
        e.lastUsed = System.nanoTime();
        return e.rendition;
    }

    /** The cached rendition, or the loaded one (cached if it fits); null if the loader finds nothing. */
    public Rendition get(String key, Supplier<Rendition> loader) {
        Rendition cached = get(key);
        if (cached != null) {
            return cached;
        }
        Rendition loaded = loader.get();
        if (loaded != null) {
            put(key, loaded);
        }
        return loaded;
    }

    public void put(String key, Rendition rendition) {
        long size = rendition.length();
        if (size > maxEntry) {
            return;
        }
        Entry previous = entries.put(key, new Entry(rendition));
        bytes.addAndGet(size - (previous == null ? 0 : previous.rendition.length()));
        if (bytes.get() > budget) {
            evict();
        }
    }

    /** Total cached bytes. */
    public long size() {
        return bytes.get();
    }

    public int count() {
        return entries.size();
    }

    /** Drops the least recently used entries until the cache is at 90% of its budget. */
    private synchronized void evict() {
        long target = budget - budget / 10;
        if (bytes.get() <= target) {
            return;
        }
        // Sort a snapshot of the timestamps: hits keep writing them, and a sort over changing keys can fail.
        record Aged(String key, Entry entry, long lastUsed) {
        }
        List<Aged> byAge = new ArrayList<>(entries.size());
        entries.forEach((key, entry) -> byAge.add(new Aged(key, entry, entry.lastUsed)));
        byAge.sort((a, b) -> Long.compare(a.lastUsed(), b.lastUsed()));
        for (Aged oldest : byAge) {
            if (bytes.get() <= target) {
                break;
            }
            if (entries.remove(oldest.key(), oldest.entry())) {
                bytes.addAndGet(-oldest.entry().rendition.length());
            }
        }
    }
}
