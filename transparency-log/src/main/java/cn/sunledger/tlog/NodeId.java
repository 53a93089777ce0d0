package cn.sunledger.tlog;

/**
 * The address of one complete (perfect) subtree of the log: the {@code 2^level} leaves
 * {@code [index·2^level, (index+1)·2^level)}. Level 0 is a single leaf. Once the log holds all of a
 * node's leaves its hash never changes, which is what lets the log store it once and never rewrite it.
 *
 * @param level  0 for a leaf, at most {@link #MAX_LEVEL}
 * @param index  position of the node among the nodes of its level, from 0
 */
public record NodeId(int level, long index) {

    /** Highest level whose leaf range still fits a positive {@code long}. */
    public static final int MAX_LEVEL = 62;

    public NodeId {
        if (level < 0 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("node level " + level + " is not in [0, " + MAX_LEVEL + "]");
        }
        if (index < 0 || index > (Long.MAX_VALUE >>> level) - 1) {
            throw new IllegalArgumentException("node index " + index + " is out of range at level " + level);
        }
    }

    /** The first leaf under this node. */
    public long begin() {
        return index << level;
    }

    /** One past the last leaf under this node. */
    public long end() {
        return (index + 1) << level;
    }

    /** The node that this node and its sibling form. */
    public NodeId parent() {
        return new NodeId(level + 1, index >>> 1);
    }
}
