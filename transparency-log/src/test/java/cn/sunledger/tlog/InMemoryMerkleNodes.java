package cn.sunledger.tlog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A node store filled the way the log fills its table: each leaf is appended through {@link MerkleFrontier},
 * which reads the frontier from this store and stores the leaf and the nodes it completes. It records every
 * node asked for, so tests can see how much a root or proof reads and that nothing outside a tree is read.
 */
final class InMemoryMerkleNodes implements MerkleNodes {

    private final Map<NodeId, byte[]> stored = new HashMap<>();
    private final List<List<NodeId>> requests = new ArrayList<>();
    private long size;

    /** Appends a leaf hash as the log does and returns what the append produced. */
    MerkleFrontier.Growth append(byte[] leafHash) {
        MerkleFrontier.Growth growth = MerkleFrontier.read(this, size).append(leafHash);
        stored.put(new NodeId(0, size), leafHash.clone());
        for (MerkleNode node : growth.completed()) {
            if (stored.putIfAbsent(node.id(), node.hash()) != null) {
                throw new AssertionError("node " + node.id() + " was completed twice");
            }
        }
        size++;
        return growth;
    }

    long size() {
        return size;
    }

    /** Number of interior nodes (level 1 and up) stored. */
    long interiorNodes() {
        return stored.keySet().stream().filter(id -> id.level() > 0).count();
    }

    /** Every request made since the last call, then forgets them. */
    List<List<NodeId>> takeRequests() {
        List<List<NodeId>> taken = new ArrayList<>(requests);
        requests.clear();
        return taken;
    }

    @Override
    public List<byte[]> hashes(List<NodeId> nodes) {
        requests.add(List.copyOf(nodes));
        List<byte[]> hashes = new ArrayList<>(nodes.size());
        for (NodeId id : nodes) {
            byte[] hash = stored.get(id);
            if (hash == null) {
                throw new IllegalStateException("no stored node " + id);
            }
            hashes.add(hash.clone());
        }
        return hashes;
    }
}
