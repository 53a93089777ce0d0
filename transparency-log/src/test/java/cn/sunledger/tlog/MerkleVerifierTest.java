package cn.sunledger.tlog;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tampering with any input of a valid proof must make verification fail. */
class MerkleVerifierTest {

    private static final int N = 13;

    private final InMemoryLeafHashes store = new InMemoryLeafHashes();
    private final MerkleTree tree = new MerkleTree(store);

    MerkleVerifierTest() {
        for (int i = 0; i < 21; i++) {
            store.appendLeaf(("leaf " + i).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyFlippedByteOfAnInclusionProofIsRejected() {
        byte[] root = tree.root(N);
        for (int m = 0; m < N; m++) {
            byte[] leaf = store.leafHash(m);
            List<byte[]> proof = tree.inclusionProof(m, N);
            for (int e = 0; e < proof.size(); e++) {
                for (int b = 0; b < MerkleHash.SIZE; b++) {
                    List<byte[]> bad = withFlippedByte(proof, e, b);
                    final int index = m;
                    assertThrows(VerificationException.class,
                            () -> MerkleVerifier.verifyInclusion(index, N, leaf, bad, root), "m=" + m + " e=" + e);
                }
            }
        }
    }

    @Test
    void flippedLeafOrRootAndWrongPositionAreRejected() {
        byte[] root = tree.root(N);
        for (int m = 0; m < N; m++) {
            final int index = m;
            byte[] leaf = store.leafHash(m);
            List<byte[]> proof = tree.inclusionProof(m, N);
            assertDoesNotThrow(() -> MerkleVerifier.verifyInclusion(index, N, leaf, proof, root));
            for (int b = 0; b < MerkleHash.SIZE; b++) {
                byte[] badLeaf = flipped(leaf, b);
                byte[] badRoot = flipped(root, b);
                assertThrows(VerificationException.class,
                        () -> MerkleVerifier.verifyInclusion(index, N, badLeaf, proof, root));
                assertThrows(VerificationException.class,
                        () -> MerkleVerifier.verifyInclusion(index, N, leaf, proof, badRoot));
            }
            assertThrows(VerificationException.class,
                    () -> MerkleVerifier.verifyInclusion(index ^ 1, N, leaf, proof, root));
            assertThrows(VerificationException.class,
                    () -> MerkleVerifier.verifyInclusion(index, N, leaf, proof.subList(1, proof.size()), root));
            List<byte[]> longer = new ArrayList<>(proof);
            longer.add(root);
            assertThrows(VerificationException.class,
                    () -> MerkleVerifier.verifyInclusion(index, N, leaf, longer, root));
        }
    }

    @Test
    void everyFlippedByteOfAConsistencyProofOrRootIsRejected() {
        for (int n = 2; n <= 21; n++) {
            byte[] root2 = tree.root(n);
            for (int m = 1; m < n; m++) {
                byte[] root1 = tree.root(m);
                List<byte[]> proof = tree.consistencyProof(m, n);
                final int size1 = m;
                final int size2 = n;
                assertDoesNotThrow(() -> MerkleVerifier.verifyConsistency(size1, size2, proof, root1, root2));
                for (int e = 0; e < proof.size(); e++) {
                    for (int b = 0; b < MerkleHash.SIZE; b += 7) {
                        List<byte[]> bad = withFlippedByte(proof, e, b);
                        assertThrows(VerificationException.class,
                                () -> MerkleVerifier.verifyConsistency(size1, size2, bad, root1, root2));
                    }
                }
                for (int b = 0; b < MerkleHash.SIZE; b += 5) {
                    byte[] badRoot1 = flipped(root1, b);
                    byte[] badRoot2 = flipped(root2, b);
                    assertThrows(VerificationException.class,
                            () -> MerkleVerifier.verifyConsistency(size1, size2, proof, badRoot1, root2));
                    assertThrows(VerificationException.class,
                            () -> MerkleVerifier.verifyConsistency(size1, size2, proof, root1, badRoot2));
                }
                assertThrows(VerificationException.class,
                        () -> MerkleVerifier.verifyConsistency(size1, size2, proof, root2, root1));
                assertThrows(VerificationException.class,
                        () -> MerkleVerifier.verifyConsistency(size1, size2, proof.subList(0, proof.size() - 1),
                                root1, root2));
                List<byte[]> longer = new ArrayList<>(proof);
                longer.add(root1);
                assertThrows(VerificationException.class,
                        () -> MerkleVerifier.verifyConsistency(size1, size2, longer, root1, root2));
            }
        }
    }

    /**
     * Only size changes that alter the proof's shape can be caught here. A proof alone does not pin
     * the tree size (the 13- and 14-leaf paths of leaf 0 are processed identically); the size is
     * authenticated by the signed checkpoint that carries the root.
     */
    @Test
    void consistencyWithWrongSizesIsRejected() {
        List<byte[]> proof = tree.consistencyProof(5, 11);
        byte[] root1 = tree.root(5);
        byte[] root2 = tree.root(11);
        assertThrows(VerificationException.class, () -> MerkleVerifier.verifyConsistency(4, 11, proof, root1, root2));
        assertThrows(VerificationException.class, () -> MerkleVerifier.verifyConsistency(11, 5, proof, root1, root2));
    }

    @Test
    void emptyTreeHeadsAreConsistentOnlyWithTheEmptyRoot() {
        byte[] empty = MerkleHash.emptyRoot();
        byte[] other = tree.root(1);
        assertDoesNotThrow(() -> MerkleVerifier.verifyConsistency(0, 0, List.of(), empty, empty));
        assertThrows(VerificationException.class, () -> MerkleVerifier.verifyConsistency(0, 0, List.of(), other, other));
        assertThrows(VerificationException.class, () -> MerkleVerifier.verifyConsistency(0, 1, List.of(), empty, other));
        assertThrows(VerificationException.class,
                () -> MerkleVerifier.verifyConsistency(0, 1, List.of(other), empty, other));
    }

    @Test
    void sizesThatNoLogCanHaveAreRejected() {
        byte[] leaf = store.leafHash(0);
        byte[] root = tree.root(1);
        assertThrows(VerificationException.class, () -> MerkleVerifier.verifyInclusion(-1, 1, leaf, List.of(), root));
        assertThrows(VerificationException.class, () -> MerkleVerifier.verifyInclusion(0, -1, leaf, List.of(), root));
        assertThrows(VerificationException.class, () -> MerkleVerifier.verifyInclusion(0, 0, leaf, List.of(), root));
        assertThrows(VerificationException.class,
                () -> MerkleVerifier.verifyConsistency(-1, 1, List.of(), root, root));
    }

    @Test
    void proofElementsOfTheWrongLengthAreRejected() {
        byte[] root = tree.root(2);
        byte[] leaf = store.leafHash(0);
        byte[] sibling = store.leafHash(1);
        assertDoesNotThrow(() -> MerkleVerifier.verifyInclusion(0, 2, leaf, List.of(sibling), root));
        byte[] longSibling = java.util.Arrays.copyOf(sibling, 33);
        assertThrows(VerificationException.class,
                () -> MerkleVerifier.verifyInclusion(0, 2, leaf, List.of(longSibling), root));
    }

    private static List<byte[]> withFlippedByte(List<byte[]> proof, int element, int position) {
        List<byte[]> copy = new ArrayList<>(proof);
        copy.set(element, flipped(proof.get(element), position));
        return copy;
    }

    private static byte[] flipped(byte[] hash, int position) {
        byte[] copy = hash.clone();
        copy[position] ^= 0x01;
        return copy;
    }
}
