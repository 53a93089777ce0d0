package cn.sunledger.tlog;

import java.util.ArrayList;
import java.util.List;

/**
 * Which leaf ranges the hashes of an RFC 6962 proof cover, in proof order. This is the shape of a proof,
 * independent of where hashes come from: {@link MerkleTree} hashes each range from its leaves,
 * {@link StoredMerkleTree} composes each from stored complete subtrees.
 */
public final class ProofRanges {

    private ProofRanges() {
    }

    /**
     * The ranges of the §2.1.1 audit path PATH(index, D[0:size]), from the leaf's sibling up to the child of
     * the root.
     *
     * @throws IllegalArgumentException unless {@code 0 <= index < size}
     */
    public static List<LeafRange> inclusion(long index, long size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf index " + index + " is not in a tree of size " + size);
        }
        List<LeafRange> ranges = new ArrayList<>();
        appendPath(index, 0, size, ranges);
        return ranges;
    }

    /**
     * The ranges of the §2.1.2 consistency proof PROOF(fromSize, D[0:toSize]); none when the sizes are equal.
     *
     * @throws IllegalArgumentException unless {@code 1 <= fromSize <= toSize}; RFC 6962 defines no proof from
     *         the empty tree, and {@link MerkleVerifier} rejects one
     */
    public static List<LeafRange> consistency(long fromSize, long toSize) {
        if (fromSize < 1 || fromSize > toSize) {
            throw new IllegalArgumentException(
                    "consistency proof needs 1 <= fromSize <= toSize, got " + fromSize + " and " + toSize);
        }
        List<LeafRange> ranges = new ArrayList<>();
        appendSubproof(fromSize, 0, toSize, true, ranges);
        return ranges;
    }

    /** PATH(m, D[begin:end]) with m relative to begin, appended bottom-up. */
    private static void appendPath(long m, long begin, long end, List<LeafRange> ranges) {
        long n = end - begin;
        if (n == 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m < k) {
            appendPath(m, begin, begin + k, ranges);
            ranges.add(new LeafRange(begin + k, end));
        } else {
            appendPath(m - k, begin + k, end, ranges);
            ranges.add(new LeafRange(begin, begin + k));
        }
    }

    /**
     * SUBPROOF(m, D[begin:end], b). The flag b records whether D[begin:begin+m] is a subtree whose hash the
     * verifier already holds as the old root, in which case it is left out.
     */
    private static void appendSubproof(long m, long begin, long end, boolean oldRootKnown, List<LeafRange> ranges) {
        long n = end - begin;
        if (m == n) {
            if (!oldRootKnown) {
                ranges.add(new LeafRange(begin, end));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            appendSubproof(m, begin, begin + k, oldRootKnown, ranges);
            ranges.add(new LeafRange(begin + k, end));
        } else {
            appendSubproof(m - k, begin + k, end, false, ranges);
            ranges.add(new LeafRange(begin, begin + k));
        }
    }

    /** The largest power of two strictly smaller than {@code n}, for {@code n >= 2}. */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }
}
