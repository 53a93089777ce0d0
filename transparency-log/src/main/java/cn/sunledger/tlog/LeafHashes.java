package cn.sunledger.tlog;

import java.util.ArrayList;
import java.util.List;

/**
 * Read access to the leaf hashes of one append-only log, in log order.
 *
 * <p>{@link MerkleTree} computes roots and proofs from this interface only, so the storage (a JPA
 * repository, an in-memory list) stays outside the Merkle code. Implementations must be
 * append-only: the hash at a given index never changes once it exists.
 */
public interface LeafHashes {

    /** Number of leaves currently in the log. */
    long size();

    /**
     * The 32-byte RFC 6962 leaf hash at {@code index}.
     *
     * @throws IndexOutOfBoundsException if {@code index} is outside {@code [0, size())}
     */
    byte[] leafHash(long index);

    /**
     * The leaf hashes at indexes {@code [fromIndex, toIndex)} in order.
     *
     * <p>{@link MerkleTree} reads leaves through this method in bounded chunks; a database-backed
     * implementation should override it with a single range query instead of one query per leaf.
     */
    default List<byte[]> leafHashes(long fromIndex, long toIndex) {
        if (fromIndex < 0 || toIndex < fromIndex || toIndex - fromIndex > Integer.MAX_VALUE) {
            throw new IndexOutOfBoundsException("bad range [" + fromIndex + ", " + toIndex + ")");
        }
        List<byte[]> hashes = new ArrayList<>((int) (toIndex - fromIndex));
        for (long i = fromIndex; i < toIndex; i++) {
            hashes.add(leafHash(i));
        }
        return hashes;
    }
}
