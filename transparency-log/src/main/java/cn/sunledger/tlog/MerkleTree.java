package cn.sunledger.tlog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Computes RFC 6962 tree heads, inclusion proofs and consistency proofs over a {@link LeafHashes}
 * source, for the current size or any earlier size of the log.
 *
 * <p>Nothing is cached between calls, so each call costs O(n) hashing for a tree of n leaves. The
 * subtrees hashed within one proof are pairwise disjoint, so no leaf is read and no subtree is
 * hashed twice per call. Instances are as thread-safe as the underlying source. This is the full
 * recomputation an auditor does from the published leaves; the log itself answers from its stored
 * nodes with {@link StoredMerkleTree}, in O(log n).
 */
public final class MerkleTree {

    /** Leaves are read from the source in chunks of this many to bound memory and query size. */
    static final int READ_CHUNK = 4096;

    /** Deepest possible stack: one pending perfect subtree per bit of a 64-bit size. */
    private static final int MAX_LEVELS = 64;

    private final LeafHashes leaves;

    public MerkleTree(LeafHashes leaves) {
        this.leaves = Objects.requireNonNull(leaves, "leaves");
    }

    /** Current number of leaves in the underlying log. */
    public long size() {
        return leaves.size();
    }

    /**
     * The tree head MTH(D[0:size]); {@link MerkleHash#emptyRoot()} for size 0.
     *
     * @throws IllegalArgumentException if {@code size} is negative or larger than the log
     */
    public byte[] root(long size) {
        requireSizeInLog(size);
        return size == 0 ? MerkleHash.emptyRoot() : subtreeHash(0, size);
    }

    /**
     * The RFC 6962 §2.1.1 audit path PATH(index, D[0:size]), ordered from the leaf's sibling up to
     * the child of the root.
     *
     * @throws IllegalArgumentException unless {@code 0 <= index < size <= size()}
     */
    public List<byte[]> inclusionProof(long index, long size) {
        requireSizeInLog(size);
        return hashes(ProofRanges.inclusion(index, size));
    }

    /**
     * The RFC 6962 §2.1.2 consistency proof PROOF(fromSize, D[0:toSize]); empty when the sizes are
     * equal.
     *
     * @throws IllegalArgumentException unless {@code 1 <= fromSize <= toSize <= size()}; RFC 6962
     *         defines no proof from the empty tree, and {@link MerkleVerifier} rejects one
     */
    public List<byte[]> consistencyProof(long fromSize, long toSize) {
        requireSizeInLog(toSize);
        return hashes(ProofRanges.consistency(fromSize, toSize));
    }

    private List<byte[]> hashes(List<LeafRange> ranges) {
        List<byte[]> proof = new ArrayList<>(ranges.size());
        for (LeafRange range : ranges) {
            proof.add(subtreeHash(range.begin(), range.end()));
        }
        return proof;
    }

    /**
     * MTH(D[begin:end]) for a non-empty range, in one pass over the leaves.
     *
     * <p>Keeps a stack of perfect subtrees with strictly decreasing sizes (one per set bit of the
     * number of leaves seen so far), merging equal-sized neighbours as leaves arrive. At the end the
     * stack is folded right to left, which is exactly RFC 6962's split at the largest power of two
     * smaller than n, applied recursively to the right-hand remainder.
     */
    private byte[] subtreeHash(long begin, long end) {
        byte[][] stack = new byte[MAX_LEVELS][];
        int depth = 0;
        long seen = 0;
        for (long chunkStart = begin; chunkStart < end; chunkStart += READ_CHUNK) {
            long chunkEnd = Math.min(end, chunkStart + READ_CHUNK);
            List<byte[]> chunk = leaves.leafHashes(chunkStart, chunkEnd);
            if (chunk.size() != chunkEnd - chunkStart) {
                throw new IllegalStateException("leaf source returned " + chunk.size()
                        + " hashes for range [" + chunkStart + ", " + chunkEnd + ")");
            }
            for (byte[] leafHash : chunk) {
                stack[depth++] = requireStoredLeafHash(leafHash, begin + seen);
                seen++;
                // Each trailing zero bit of the new count means two equal perfect subtrees to merge.
                for (long count = seen; (count & 1) == 0; count >>>= 1) {
                    byte[] right = stack[--depth];
                    byte[] left = stack[--depth];
                    stack[depth++] = MerkleHash.nodeHash(left, right);
                }
            }
        }
        byte[] hash = stack[--depth];
        while (depth > 0) {
            hash = MerkleHash.nodeHash(stack[--depth], hash);
        }
        return hash;
    }

    private void requireSizeInLog(long size) {
        long current = leaves.size();
        if (size < 0 || size > current) {
            throw new IllegalArgumentException("tree size " + size + " is not in [0, " + current + "]");
        }
    }

    private static byte[] requireStoredLeafHash(byte[] leafHash, long index) {
        if (!MerkleHash.isHash(leafHash)) {
            // A corrupt store must not yield a plausible-looking root.
            throw new IllegalStateException("stored leaf hash at index " + index + " is not 32 bytes");
        }
        return leafHash;
    }
}
