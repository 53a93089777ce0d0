package cn.sunledger.tlog;

import java.util.ArrayList;
import java.util.List;

/**
 * A non-empty range of leaves {@code [begin, end)} as RFC 6962 uses it: the tree head, and every hash of an
 * inclusion or consistency proof, is MTH of such a range.
 *
 * <p>Every range the RFC 6962 recursion produces starts at a multiple of the largest power of two not above its
 * length, so it splits into complete subtrees, one per set bit of its length, largest first. Its hash is those
 * subtrees' hashes folded right to left: MTH splits at the largest power of two below n, and that left part is
 * the first complete subtree, while the right part is the same kind of range one bit shorter.
 *
 * @param begin first leaf, at least 0
 * @param end   one past the last leaf, greater than {@code begin}
 */
public record LeafRange(long begin, long end) {

    public LeafRange {
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("leaf range [" + begin + ", " + end + ") is empty or negative");
        }
        if (begin % Long.highestOneBit(end - begin) != 0) {
            throw new IllegalArgumentException("leaf range [" + begin + ", " + end + ") is not a subtree of an RFC 6962 tree");
        }
    }

    /** The whole tree of {@code size} leaves, for {@code size >= 1}. */
    public static LeafRange tree(long size) {
        return new LeafRange(0, size);
    }

    /** The complete subtrees this range consists of, left to right (the largest first). */
    public List<NodeId> completeSubtrees() {
        List<NodeId> nodes = new ArrayList<>(Long.bitCount(end - begin));
        long at = begin;
        for (long rest = end - begin; rest != 0; rest -= Long.highestOneBit(rest)) {
            int level = 63 - Long.numberOfLeadingZeros(rest);
            nodes.add(new NodeId(level, at >>> level));
            at += 1L << level;
        }
        return nodes;
    }

    /**
     * MTH of a range from the hashes of its {@link #completeSubtrees()}, in that order.
     *
     * @throws IllegalArgumentException if {@code subtreeHashes} is empty or holds something other than hashes
     */
    public static byte[] hashOfSubtrees(List<byte[]> subtreeHashes) {
        if (subtreeHashes.isEmpty()) {
            throw new IllegalArgumentException("a leaf range has at least one complete subtree");
        }
        byte[] hash = MerkleHash.requireHash(subtreeHashes.get(subtreeHashes.size() - 1), "subtree hash");
        for (int i = subtreeHashes.size() - 2; i >= 0; i--) {
            hash = MerkleHash.nodeHash(subtreeHashes.get(i), hash);
        }
        return hash;
    }
}
