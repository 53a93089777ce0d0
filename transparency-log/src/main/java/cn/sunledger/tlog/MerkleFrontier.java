package cn.sunledger.tlog;

import java.util.ArrayList;
import java.util.List;

/**
 * The right frontier of a log of {@code size} leaves: its complete subtrees {@code LeafRange.tree(size)}
 * consists of, one per set bit of the size, largest first. It is all an append needs: the new leaf merges with
 * the trailing subtrees of equal size into the nodes it completes, and the new root is the new frontier folded
 * right to left. So an append reads at most log2(n) stored nodes and writes at most log2(n) new ones, never
 * the leaves.
 */
public final class MerkleFrontier {

    private final long size;
    private final List<MerkleNode> nodes;

    private MerkleFrontier(long size, List<MerkleNode> nodes) {
        this.size = size;
        this.nodes = List.copyOf(nodes);
    }

    /** The frontier of the empty log. */
    public static MerkleFrontier empty() {
        return new MerkleFrontier(0, List.of());
    }

    /** The nodes that make up the frontier of a log of {@code size} leaves. */
    public static List<NodeId> nodesOf(long size) {
        if (size < 0) {
            throw new IllegalArgumentException("tree size must not be negative");
        }
        return size == 0 ? List.of() : LeafRange.tree(size).completeSubtrees();
    }

    /** Reads the frontier at {@code size} from stored nodes, in one request. */
    public static MerkleFrontier read(MerkleNodes store, long size) {
        List<NodeId> ids = nodesOf(size);
        List<byte[]> hashes = ids.isEmpty() ? List.of() : store.hashes(ids);
        if (hashes.size() != ids.size()) {
            throw new IllegalStateException("node store returned " + hashes.size() + " hashes for " + ids.size() + " nodes");
        }
        List<MerkleNode> nodes = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            nodes.add(new MerkleNode(ids.get(i), hashes.get(i)));
        }
        return new MerkleFrontier(size, nodes);
    }

    public long size() {
        return size;
    }

    /** MTH(D[0:size]); {@link MerkleHash#emptyRoot()} for the empty log. */
    public byte[] root() {
        return nodes.isEmpty() ? MerkleHash.emptyRoot()
                : LeafRange.hashOfSubtrees(nodes.stream().map(MerkleNode::hash).toList());
    }

    /** What appending one leaf does: the frontier after it, and the interior nodes it completes (bottom up). */
    public record Growth(MerkleFrontier after, List<MerkleNode> completed) {
    }

    /** Appends the leaf with hash {@code leafHash} as leaf number {@code size()}. */
    public Growth append(byte[] leafHash) {
        List<MerkleNode> next = new ArrayList<>(nodes);
        List<MerkleNode> completed = new ArrayList<>();
        MerkleNode node = new MerkleNode(new NodeId(0, size), leafHash);
        // The frontier's last node has the new node's level exactly when they are siblings.
        while (!next.isEmpty() && next.get(next.size() - 1).id().level() == node.id().level()) {
            MerkleNode left = next.remove(next.size() - 1);
            node = new MerkleNode(node.id().parent(), MerkleHash.nodeHash(left.hash(), node.hash()));
            completed.add(node);
        }
        next.add(node);
        return new Growth(new MerkleFrontier(size + 1, next), completed);
    }
}
