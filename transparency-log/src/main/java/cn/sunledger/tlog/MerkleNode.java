package cn.sunledger.tlog;

import java.util.Base64;

/**
 * A complete subtree's hash, as the log stores it.
 *
 * @param id   which subtree
 * @param hash its 32-byte RFC 6962 hash (the leaf hash at level 0)
 */
public record MerkleNode(NodeId id, byte[] hash) {

    public MerkleNode {
        if (id == null) {
            throw new IllegalArgumentException("node id must be given");
        }
        hash = MerkleHash.requireHash(hash, "node hash").clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    @Override
    public String toString() {
        return "MerkleNode[" + id + ", " + Base64.getEncoder().encodeToString(hash) + "]";
    }
}
