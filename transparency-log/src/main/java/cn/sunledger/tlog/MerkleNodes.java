package cn.sunledger.tlog;

import java.util.List;

/**
 * Read access to the stored hashes of a log's complete subtrees ({@link NodeId}); level 0 are the leaf hashes.
 *
 * <p>{@link StoredMerkleTree} and {@link MerkleFrontier} ask for all the nodes one root or proof needs in one
 * call, so that a database-backed store answers with one query of O(log n) rows. Implementations must be
 * append-only: a node's hash never changes once it is stored.
 */
public interface MerkleNodes {

    /**
     * The hashes of {@code nodes}, in the order given.
     *
     * @throws IllegalStateException if one of them is not stored (a log whose nodes were never written, or a
     *         corrupt store): no root or proof may be made up without it
     */
    List<byte[]> hashes(List<NodeId> nodes);
}
