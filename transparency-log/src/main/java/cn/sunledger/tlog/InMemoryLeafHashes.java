package cn.sunledger.tlog;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link LeafHashes} held in memory, for tests and for offline tools that rebuild a log from an
 * export. Thread-safe; hashes are copied in and out so callers cannot alter the log.
 */
public final class InMemoryLeafHashes implements LeafHashes {

    private final List<byte[]> hashes = new ArrayList<>();

    /** Appends an already computed 32-byte leaf hash and returns its index. */
    public synchronized long appendLeafHash(byte[] leafHash) {
        hashes.add(MerkleHash.requireHash(leafHash, "leaf hash").clone());
        return hashes.size() - 1L;
    }

    /** Hashes {@code leafBytes} as an RFC 6962 leaf, appends it and returns its index. */
    public long appendLeaf(byte[] leafBytes) {
        return appendLeafHash(MerkleHash.leafHash(leafBytes));
    }

    @Override
    public synchronized long size() {
        return hashes.size();
    }

    @Override
    public synchronized byte[] leafHash(long index) {
        if (index < 0 || index >= hashes.size()) {
            throw new IndexOutOfBoundsException("leaf " + index + " of " + hashes.size());
        }
        return hashes.get((int) index).clone();
    }

    @Override
    public synchronized List<byte[]> leafHashes(long fromIndex, long toIndex) {
        if (fromIndex < 0 || toIndex < fromIndex || toIndex > hashes.size()) {
            throw new IndexOutOfBoundsException(
                    "range [" + fromIndex + ", " + toIndex + ") of " + hashes.size());
        }
        List<byte[]> copy = new ArrayList<>((int) (toIndex - fromIndex));
        for (byte[] hash : hashes.subList((int) fromIndex, (int) toIndex)) {
            copy.add(hash.clone());
        }
        return copy;
    }
}
