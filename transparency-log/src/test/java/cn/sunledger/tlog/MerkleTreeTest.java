package cn.sunledger.tlog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

    private static final int MAX_N = 33;

    private final List<byte[]> leafHashes = new ArrayList<>();
    private final MerkleTree tree;

    MerkleTreeTest() {
        InMemoryLeafHashes store = new InMemoryLeafHashes();
        for (int i = 0; i < 70; i++) {
            byte[] data = ("notice-" + i).getBytes(StandardCharsets.UTF_8);
            leafHashes.add(NaiveMerkle.leafHash(data));
            store.appendLeaf(data);
        }
        tree = new MerkleTree(store);
    }

    @Test
    void emptyTreeRootIsSha256OfNothing() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                HexFormat.of().formatHex(tree.root(0)));
    }

    @Test
    void rootOfEveryHistoricalSizeMatchesTheRecursiveDefinition() {
        for (int n = 0; n <= leafHashes.size(); n++) {
            assertArrayEquals(NaiveMerkle.mth(leafHashes.subList(0, n)), tree.root(n), "n=" + n);
        }
    }

    @Test
    void everyInclusionProofUpTo33LeavesIsTheRfcPathAndVerifies() throws VerificationException {
        for (int n = 1; n <= MAX_N; n++) {
            byte[] root = tree.root(n);
            List<byte[]> d = leafHashes.subList(0, n);
            for (int m = 0; m < n; m++) {
                List<byte[]> proof = tree.inclusionProof(m, n);
                assertProofEquals(NaiveMerkle.path(m, d), proof, "m=" + m + " n=" + n);
                MerkleVerifier.verifyInclusion(m, n, leafHashes.get(m), proof, root);
            }
        }
    }

    @Test
    void everyConsistencyProofUpTo33LeavesIsTheRfcProofAndVerifies() throws VerificationException {
        for (int n = 1; n <= MAX_N; n++) {
            byte[] root2 = tree.root(n);
            for (int m = 1; m <= n; m++) {
                List<byte[]> proof = tree.consistencyProof(m, n);
                assertProofEquals(NaiveMerkle.proof(m, leafHashes.subList(0, n)), proof, "m=" + m + " n=" + n);
                MerkleVerifier.verifyConsistency(m, n, proof, tree.root(m), root2);
            }
        }
    }

    @Test
    void proofForEqualSizesIsEmpty() {
        assertTrue(tree.consistencyProof(7, 7).isEmpty());
    }

    @Test
    void rejectsSizesOutsideTheLog() {
        assertThrows(IllegalArgumentException.class, () -> tree.root(71));
        assertThrows(IllegalArgumentException.class, () -> tree.root(-1));
        assertThrows(IllegalArgumentException.class, () -> tree.inclusionProof(5, 5));
        assertThrows(IllegalArgumentException.class, () -> tree.inclusionProof(-1, 5));
        assertThrows(IllegalArgumentException.class, () -> tree.inclusionProof(0, 71));
        assertThrows(IllegalArgumentException.class, () -> tree.consistencyProof(0, 5));
        assertThrows(IllegalArgumentException.class, () -> tree.consistencyProof(6, 5));
        assertThrows(IllegalArgumentException.class, () -> tree.consistencyProof(5, 71));
    }

    @Test
    void corruptStoredLeafHashIsNotHashedIntoARoot() {
        LeafHashes corrupt = new LeafHashes() {
            @Override
            public long size() {
                return 3;
            }

            @Override
            public byte[] leafHash(long index) {
                return new byte[index == 1 ? 31 : 32];
            }
        };
        assertThrows(IllegalStateException.class, () -> new MerkleTree(corrupt).root(3));
    }

    /**
     * On 100,000 leaves (many read chunks) each operation reads every needed leaf at most once, and
     * the results agree with the recursive definition and verify.
     */
    @Test
    void largeTreeReadsEachLeafOnceAndProofsVerify() throws VerificationException {
        int n = 100_000;
        InMemoryLeafHashes store = new InMemoryLeafHashes();
        List<byte[]> hashes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byte[] data = Integer.toString(i).getBytes(StandardCharsets.UTF_8);
            store.appendLeaf(data);
            hashes.add(NaiveMerkle.leafHash(data));
        }
        CountingLeafHashes counting = new CountingLeafHashes(store);
        MerkleTree big = new MerkleTree(counting);

        byte[] root = big.root(n);
        assertEquals(n, counting.reads.getAndSet(0));
        assertArrayEquals(NaiveMerkle.mth(hashes), root);

        for (long index : new long[] {0, 4095, 4096, 65_535, 65_536, n - 1}) {
            List<byte[]> proof = big.inclusionProof(index, n);
            assertEquals(n - 1, counting.reads.getAndSet(0), "leaves read for index " + index);
            assertTrue(proof.size() <= 17, "a path is at most ceil(log2(n)) long");
            MerkleVerifier.verifyInclusion(index, n, store.leafHash(index), proof, root);
        }

        long old = 65_537;
        List<byte[]> consistency = big.consistencyProof(old, n);
        assertTrue(counting.reads.getAndSet(0) <= n);
        byte[] oldRoot = big.root(old);
        MerkleVerifier.verifyConsistency(old, n, consistency, oldRoot, root);
    }

    @Test
    void defaultRangeReadUsesSingleReads() {
        LeafHashes single = new LeafHashes() {
            @Override
            public long size() {
                return leafHashes.size();
            }

            @Override
            public byte[] leafHash(long index) {
                return leafHashes.get((int) index);
            }
        };
        assertArrayEquals(NaiveMerkle.mth(leafHashes.subList(0, 40)), new MerkleTree(single).root(40));
    }

    private static void assertProofEquals(List<byte[]> expected, List<byte[]> actual, String message) {
        assertEquals(expected.size(), actual.size(), message + ": length");
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i), message + ": element " + i);
        }
    }

    /** Counts leaf hashes handed out, whether singly or in ranges. */
    private static final class CountingLeafHashes implements LeafHashes {

        final AtomicLong reads = new AtomicLong();
        private final LeafHashes delegate;

        CountingLeafHashes(LeafHashes delegate) {
            this.delegate = delegate;
        }

        @Override
        public long size() {
            return delegate.size();
        }

        @Override
        public byte[] leafHash(long index) {
            reads.incrementAndGet();
            return delegate.leafHash(index);
        }

        @Override
        public List<byte[]> leafHashes(long fromIndex, long toIndex) {
            reads.addAndGet(toIndex - fromIndex);
            return delegate.leafHashes(fromIndex, toIndex);
        }
    }

}
