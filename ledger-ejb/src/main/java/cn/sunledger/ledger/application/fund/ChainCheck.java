package cn.sunledger.ledger.application.fund;

/**
 * The result of checking a region's journal: every entry's seal and link recomputed, and the chain held against
 * the region's transparency log — each entry's leaf present and equal to what the entry implies, and the log's
 * root at the latest signed checkpoint's size equal to the root that checkpoint signs (its signature verified with
 * the log's key). Names the first entry that fails and why, or the log index where no entry can be named.
 *
 * @param checked        entries whose seal and link were verified
 * @param problem        null when everything holds, else one of {@link #SEAL}, {@link #LINK}, {@link #LEAF_MISSING},
 *                       {@link #LEAF_DIFFERENT}, {@link #ENTRY_MISSING}, {@link #CHECKPOINT},
 *                       {@link #LINE_COPY}
 * @param checkpointSize the size of the signed checkpoint checked against (null when the log has none)
 * @param checkpointRoot its root hash, hex
 * @param badLogIndex    the log index of the bad leaf, when known
 * @param detail         a sentence for people (English; the page shows a translated label for the problem)
 */
public record ChainCheck(String regionCode, int checked, String firstBadEntry, String problem, Long checkpointSize,
        String checkpointRoot, Long badLogIndex, String detail) {

    /** The entry's hash no longer matches its content. */
    public static final String SEAL = "seal";
    /** The entry does not name the hash of the entry before it. */
    public static final String LINK = "link";
    /** The entry has no leaf in the log within the signed checkpoint. */
    public static final String LEAF_MISSING = "leafMissing";
    /** The entry's leaf in the log is not the leaf its number, kind, time and hashes give. */
    public static final String LEAF_DIFFERENT = "leafDifferent";
    /** A journal leaf names an entry the journal no longer has. */
    public static final String ENTRY_MISSING = "entryMissing";
    /** The signed checkpoint does not verify, or the log's leaves do not give its signed root. */
    public static final String CHECKPOINT = "checkpoint";
    /** A line's copy of its entry's date or its document's year (what the reports read) differs from the original. */
    public static final String LINE_COPY = "lineCopy";

    /** The first four fields only, as the seal-and-link check gave them before the log was consulted. */
    public ChainCheck(String regionCode, int checked, String firstBadEntry, String problem) {
        this(regionCode, checked, firstBadEntry, problem, null, null, null, null);
    }

    public boolean intact() {
        return problem == null;
    }
}
