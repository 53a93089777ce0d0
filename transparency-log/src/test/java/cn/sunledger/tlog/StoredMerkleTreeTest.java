package cn.sunledger.tlog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The node-based tree against the full recomputation ({@link MerkleTree} over the same leaves): equal roots
 * and proofs for every size 1..300, every proof up to 64 leaves and random ones beyond, and bounds on what
 * an append writes and what a root or proof reads.
 */
class StoredMerkleTreeTest {

    private static final int LEAVES = 300;
    private static final int EXHAUSTIVE = 64;

    private final InMemoryLeafHashes leaves = new InMemoryLeafHashes();
    private final InMemoryMerkleNodes nodes = new InMemoryMerkleNodes();
    private final List<byte[]> appendRoots = new ArrayList<>();
    private final MerkleTree reference = new MerkleTree(leaves);
    private final StoredMerkleTree tree;

    StoredMerkleTreeTest() {
        for (int i = 0; i < LEAVES; i++) {
            byte[] leaf = ("{\"noticeNo\":\"532922-2026-" + i + "\"}").getBytes(StandardCharsets.UTF_8);
            leaves.appendLeaf(leaf);
            appendRoots.add(nodes.append(MerkleHash.leafHash(leaf)).after().root());
        }
        tree = new StoredMerkleTree(nodes, LEAVES);
        nodes.takeRequests();
    }

    @Test
    void theRootAfterEachAppendAndTheStoredRootOfEverySizeAreTheFullRecomputation() {
        assertArrayEquals(MerkleHash.emptyRoot(), tree.root(0));
        assertArrayEquals(MerkleHash.emptyRoot(), MerkleFrontier.empty().root());
        for (int n = 1; n <= LEAVES; n++) {
            byte[] expected = reference.root(n);
            assertArrayEquals(expected, appendRoots.get(n - 1), "root computed by append " + n);
            assertArrayEquals(expected, tree.root(n), "stored root at " + n);
        }
    }

    @Test
    void everyProofUpTo64LeavesIsTheFullRecomputationsAndVerifies() throws VerificationException {
        for (int n = 1; n <= EXHAUSTIVE; n++) {
            byte[] root = reference.root(n);
            for (int m = 0; m < n; m++) {
                List<byte[]> proof = tree.inclusionProof(m, n);
                assertProofEquals(reference.inclusionProof(m, n), proof, "inclusion of " + m + " in " + n);
                MerkleVerifier.verifyInclusion(m, n, leaves.leafHash(m), proof, root);
            }
            for (int m = 1; m <= n; m++) {
                List<byte[]> proof = tree.consistencyProof(m, n);
                assertProofEquals(reference.consistencyProof(m, n), proof, "consistency " + m + " to " + n);
                MerkleVerifier.verifyConsistency(m, n, proof, reference.root(m), root);
            }
        }
    }

    @Test
    void randomProofsUpTo300LeavesAreTheFullRecomputationsAndVerify() throws VerificationException {
        Random random = new Random(6962);
        for (int i = 0; i < 2000; i++) {
            long n = 1 + random.nextInt(LEAVES);
            long m = random.nextInt((int) n);
            List<byte[]> inclusion = tree.inclusionProof(m, n);
            assertProofEquals(reference.inclusionProof(m, n), inclusion, "inclusion of " + m + " in " + n);
            MerkleVerifier.verifyInclusion(m, n, leaves.leafHash(m), inclusion, reference.root(n));
            long from = 1 + random.nextInt((int) n);
            List<byte[]> consistency = tree.consistencyProof(from, n);
            assertProofEquals(reference.consistencyProof(from, n), consistency, "consistency " + from + " to " + n);
            MerkleVerifier.verifyConsistency(from, n, consistency, reference.root(from), reference.root(n));
        }
    }

    @Test
    void anAppendStoresExactlyTheNodesItCompletes() {
        InMemoryMerkleNodes fresh = new InMemoryMerkleNodes();
        for (long n = 0; n < LEAVES; n++) {
            MerkleFrontier.Growth growth = fresh.append(leaves.leafHash(n));
            // leaf n completes one node per trailing one bit of n: the subtrees ending at leaf n
            assertEquals(Long.numberOfTrailingZeros(n + 1), growth.completed().size(), "nodes completed by leaf " + n);
            for (MerkleNode node : growth.completed()) {
                assertEquals(n + 1, node.id().end(), "a completed node ends at the new leaf");
                assertArrayEquals(subtreeHashFromLeaves(node.id()), node.hash(), "hash of " + node.id());
            }
            List<List<NodeId>> reads = fresh.takeRequests();
            int read = reads.stream().mapToInt(List::size).sum();
            assertEquals(Long.bitCount(n), read, "an append of leaf " + n + " reads only the frontier");
        }
        // a tree of n leaves has n - popcount(n) complete interior subtrees, all stored once
        assertEquals(LEAVES - Long.bitCount(LEAVES), fresh.interiorNodes());
    }

    @Test
    void nothingOutsideTheRequestedTreeIsReadAndEachCallIsOneRequest() {
        Random random = new Random(9162);
        for (int i = 0; i < 500; i++) {
            long n = 1 + random.nextInt(LEAVES);
            long m = random.nextInt((int) n);
            long from = 1 + random.nextInt((int) n);
            for (Runnable call : List.<Runnable>of(() -> tree.root(n), () -> tree.inclusionProof(m, n),
                    () -> tree.consistencyProof(from, n))) {
                call.run();
                List<List<NodeId>> requests = nodes.takeRequests();
                assertTrue(requests.size() <= 1, "one request per root or proof, got " + requests.size());
                for (NodeId id : requests.stream().flatMap(List::stream).toList()) {
                    assertTrue(id.end() <= n, id + " lies outside the tree of size " + n);
                }
            }
        }
    }

    @Test
    void aRootOrProofOfHalfAMillionLeavesOrMoreReadsLogarithmicallyManyNodes() {
        for (long n : new long[] {500_000, 524_288, 524_287, 1L << 40, (1L << 40) + 12345, Long.MAX_VALUE >>> 2}) {
            CountingStore counting = new CountingStore();
            StoredMerkleTree big = new StoredMerkleTree(counting, n);
            int depth = 64 - Long.numberOfLeadingZeros(n - 1);
            big.root(n);
            assertEquals(Long.bitCount(n), counting.takeRead(), "root of " + n);
            for (long m : new long[] {0, n / 3, n - 2, n - 1}) {
                assertTrue(big.inclusionProof(m, n).size() <= depth, "a path is no longer than the tree is deep");
                assertTrue(counting.takeRead() <= 2L * depth, "inclusion of " + m + " in " + n);
            }
            for (long from : new long[] {1, n / 2 + 1, n - 1, n}) {
                big.consistencyProof(from, n);
                assertTrue(counting.takeRead() <= 2L * depth + 1, "consistency " + from + " to " + n);
            }
        }
    }

    @Test
    void aMissingNodeIsAnErrorNotAMadeUpProof() {
        MerkleNodes gap = ids -> {
            throw new IllegalStateException("no stored node " + ids.get(0));
        };
        assertThrows(IllegalStateException.class, () -> new StoredMerkleTree(gap, 5).root(5));
        MerkleNodes shortAnswer = ids -> List.of();
        assertThrows(IllegalStateException.class, () -> new StoredMerkleTree(shortAnswer, 5).inclusionProof(1, 5));
        MerkleNodes wrongLength = ids -> ids.stream().map(id -> new byte[31]).toList();
        assertThrows(IllegalArgumentException.class, () -> new StoredMerkleTree(wrongLength, 5).root(5));
    }

    @Test
    void refusesSizesAndIndexesOutsideTheTree() {
        assertThrows(IllegalArgumentException.class, () -> tree.root(LEAVES + 1));
        assertThrows(IllegalArgumentException.class, () -> tree.root(-1));
        assertThrows(IllegalArgumentException.class, () -> tree.inclusionProof(5, 5));
        assertThrows(IllegalArgumentException.class, () -> tree.inclusionProof(0, LEAVES + 1));
        assertThrows(IllegalArgumentException.class, () -> tree.consistencyProof(0, 5));
        assertThrows(IllegalArgumentException.class, () -> tree.consistencyProof(6, 5));
        assertEquals(List.of(), tree.consistencyProof(7, 7));
    }

    @Test
    void leafRangesSplitIntoAlignedCompleteSubtrees() {
        assertEquals(List.of(new NodeId(2, 0), new NodeId(1, 2), new NodeId(0, 6)), LeafRange.tree(7).completeSubtrees());
        assertEquals(List.of(new NodeId(3, 1)), new LeafRange(8, 16).completeSubtrees());
        assertEquals(List.of(new NodeId(1, 4), new NodeId(0, 10)), new LeafRange(8, 11).completeSubtrees());
        assertThrows(IllegalArgumentException.class, () -> new LeafRange(2, 6), "not aligned to its length");
        assertThrows(IllegalArgumentException.class, () -> new LeafRange(3, 3));
        assertEquals(new NodeId(3, 2), new NodeId(2, 5).parent());
        assertEquals(20, new NodeId(2, 5).begin());
        assertEquals(24, new NodeId(2, 5).end());
        assertThrows(IllegalArgumentException.class, () -> new NodeId(63, 0));
        assertThrows(IllegalArgumentException.class, () -> new NodeId(1, -1));
    }

    private byte[] subtreeHashFromLeaves(NodeId id) {
        InMemoryLeafHashes part = new InMemoryLeafHashes();
        for (long i = id.begin(); i < id.end(); i++) {
            part.appendLeafHash(leaves.leafHash(i));
        }
        return new MerkleTree(part).root(part.size());
    }

    private static void assertProofEquals(List<byte[]> expected, List<byte[]> actual, String message) {
        assertEquals(expected.size(), actual.size(), message + ": proof length");
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i), message + ": element " + i);
        }
    }

    /** Answers any node with a made-up hash and counts how many were asked for: shapes only, no storage. */
    private static final class CountingStore implements MerkleNodes {
        private long read;

        @Override
        public List<byte[]> hashes(List<NodeId> ids) {
            read += ids.size();
            return ids.stream().map(id -> MerkleHash.sha256(Long.toString(id.level()).getBytes(StandardCharsets.UTF_8),
                    Long.toString(id.index()).getBytes(StandardCharsets.UTF_8))).toList();
        }

        long takeRead() {
            long taken = read;
            read = 0;
            return taken;
        }
    }
}
