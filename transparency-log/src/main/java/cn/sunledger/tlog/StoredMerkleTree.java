package cn.sunledger.tlog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * RFC 6962 tree heads, inclusion proofs and consistency proofs of a log up to {@code size} leaves, made from its
 * stored complete subtrees ({@link MerkleNodes}) instead of its leaves.
 *
 * <p>Every hash a proof or root needs is MTH of a {@link LeafRange}, which is its complete subtrees folded
 * together. A proof has O(log n) ranges and each range O(log n) subtrees, but only one range per proof is not
 * itself complete, so one call reads O(log n) stored nodes, in one request to the store. The result is the
 * same, hash for hash, as {@link MerkleTree}'s over the same leaves.
 */
public final class StoredMerkleTree {

    private final MerkleNodes nodes;
    private final long size;

    /** The tree over the first {@code size} leaves of the log whose nodes {@code nodes} holds. */
    public StoredMerkleTree(MerkleNodes nodes, long size) {
        this.nodes = Objects.requireNonNull(nodes, "nodes");
        if (size < 0) {
            throw new IllegalArgumentException("tree size must not be negative");
        }
        this.size = size;
    }

    public long size() {
        return size;
    }

    /**
     * The tree head MTH(D[0:treeSize]); {@link MerkleHash#emptyRoot()} for size 0.
     *
     * @throws IllegalArgumentException unless {@code 0 <= treeSize <= size()}
     */
    public byte[] root(long treeSize) {
        requireWithin(treeSize);
        return MerkleFrontier.read(nodes, treeSize).root();
    }

    /**
     * The audit path PATH(index, D[0:treeSize]), as {@link MerkleTree#inclusionProof}.
     *
     * @throws IllegalArgumentException unless {@code 0 <= index < treeSize <= size()}
     */
    public List<byte[]> inclusionProof(long index, long treeSize) {
        requireWithin(treeSize);
        return hashes(ProofRanges.inclusion(index, treeSize));
    }

    /**
     * The consistency proof PROOF(fromSize, D[0:toSize]), as {@link MerkleTree#consistencyProof}.
     *
     * @throws IllegalArgumentException unless {@code 1 <= fromSize <= toSize <= size()}
     */
    public List<byte[]> consistencyProof(long fromSize, long toSize) {
        requireWithin(toSize);
        return hashes(ProofRanges.consistency(fromSize, toSize));
    }

    /** Reads the complete subtrees of all ranges at once, then folds each range's share. */
    private List<byte[]> hashes(List<LeafRange> ranges) {
        List<List<NodeId>> parts = ranges.stream().map(LeafRange::completeSubtrees).toList();
        List<NodeId> wanted = parts.stream().flatMap(List::stream).toList();
        List<byte[]> read = wanted.isEmpty() ? List.of() : nodes.hashes(wanted);
        if (read.size() != wanted.size()) {
            throw new IllegalStateException("node store returned " + read.size() + " hashes for " + wanted.size() + " nodes");
        }
        List<byte[]> proof = new ArrayList<>(ranges.size());
        int at = 0;
        for (List<NodeId> range : parts) {
            proof.add(LeafRange.hashOfSubtrees(read.subList(at, at + range.size())));
            at += range.size();
        }
        return proof;
    }

    private void requireWithin(long treeSize) {
        if (treeSize < 0 || treeSize > size) {
            throw new IllegalArgumentException("tree size " + treeSize + " is not in [0, " + size + "]");
        }
    }
}
