package cn.sunledger.tlog;

import java.security.MessageDigest;
import java.util.List;

/**
 * Verifies RFC 6962 inclusion and consistency proofs with the iterative algorithms of RFC 9162
 * §2.1.3.2 and §2.1.4.2, which need only the proof, the sizes and the hashes involved.
 */
public final class MerkleVerifier {

    private MerkleVerifier() {
    }

    /**
     * Checks that the leaf with hash {@code leafHash} sits at {@code index} in the tree of
     * {@code treeSize} leaves whose root is {@code root}.
     *
     * @throws VerificationException if the proof does not lead from the leaf to {@code root}
     */
    public static void verifyInclusion(long index, long treeSize, byte[] leafHash, List<byte[]> proof,
            byte[] root) throws VerificationException {
        byte[] computed = rootFromInclusionProof(index, treeSize, leafHash, proof);
        if (!MerkleHash.isHash(root)) {
            throw new VerificationException("root is not a 32-byte hash");
        }
        if (!MessageDigest.isEqual(computed, root)) {
            throw new VerificationException("inclusion proof leads to a different root");
        }
    }

    /**
     * The root implied by an inclusion proof (RFC 9162 §2.1.3.2 steps 1 to 5), useful when the
     * caller wants to compare it with several candidate tree heads.
     *
     * @throws VerificationException if the index, size, leaf hash or proof shape is impossible
     */
    public static byte[] rootFromInclusionProof(long index, long treeSize, byte[] leafHash,
            List<byte[]> proof) throws VerificationException {
        // Negative values arrive when an unsigned 64-bit size from outside is read into a long;
        // no such index or size can belong to this log.
        if (index < 0 || treeSize <= 0 || index >= treeSize) {
            throw new VerificationException("leaf index " + index + " is not in a tree of size " + treeSize);
        }
        if (!MerkleHash.isHash(leafHash)) {
            throw new VerificationException("leaf hash is not a 32-byte hash");
        }
        requireProofHashes(proof);
        long fn = index;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                throw new VerificationException("inclusion proof is longer than the tree is deep");
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHash.nodeHash(p, r);
                // Climb past levels where the node is the last one and has no right sibling.
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                r = MerkleHash.nodeHash(r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            throw new VerificationException("inclusion proof is shorter than the tree is deep");
        }
        return r;
    }

    /**
     * Checks that the tree of {@code size2} leaves with root {@code root2} extends the tree of
     * {@code size1} leaves with root {@code root1}.
     *
     * <p>Equal sizes verify only with an empty proof and equal roots. A proof from size 0 is
     * rejected: RFC 6962 defines consistency proofs for {@code 0 < size1} only, and the empty tree
     * commits to nothing worth proving. Two size-0 tree heads are accepted only if both carry the
     * one possible empty-tree root, SHA-256("").
     *
     * @throws VerificationException if the proof does not link the two tree heads
     */
    public static void verifyConsistency(long size1, long size2, List<byte[]> proof, byte[] root1,
            byte[] root2) throws VerificationException {
        if (size1 < 0 || size2 < size1) {
            throw new VerificationException("sizes " + size1 + " and " + size2 + " are not in order");
        }
        if (size1 == size2) {
            verifySameSize(size1, proof, root1, root2);
            return;
        }
        if (size1 == 0) {
            throw new VerificationException("no consistency proof exists from the empty tree");
        }
        if (proof.isEmpty()) {
            throw new VerificationException("empty consistency proof for different sizes");
        }
        if (!MerkleHash.isHash(root1) || !MerkleHash.isHash(root2)) {
            throw new VerificationException("roots must be 32-byte hashes");
        }
        requireProofHashes(proof);

        // A power-of-two old tree is itself a node of the new tree, so the proof omits its hash.
        boolean oldTreeIsPerfect = Long.bitCount(size1) == 1;
        int next = oldTreeIsPerfect ? 0 : 1;
        byte[] start = oldTreeIsPerfect ? root1 : proof.get(0);
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        byte[] fr = start;
        byte[] sr = start;
        for (byte[] c : proof.subList(next, proof.size())) {
            if (sn == 0) {
                throw new VerificationException("consistency proof is too long");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHash.nodeHash(c, fr);
                sr = MerkleHash.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                sr = MerkleHash.nodeHash(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            throw new VerificationException("consistency proof is too short");
        }
        if (!MessageDigest.isEqual(fr, root1)) {
            throw new VerificationException("consistency proof does not lead to the old root");
        }
        if (!MessageDigest.isEqual(sr, root2)) {
            throw new VerificationException("consistency proof does not lead to the new root");
        }
    }

    private static void verifySameSize(long size, List<byte[]> proof, byte[] root1, byte[] root2)
            throws VerificationException {
        if (!proof.isEmpty()) {
            throw new VerificationException("a proof between equal sizes must be empty");
        }
        if (size == 0 && !MessageDigest.isEqual(root1, MerkleHash.emptyRoot())) {
            throw new VerificationException("the root of the empty tree must be SHA-256 of nothing");
        }
        // Nothing is hashed here, so the roots need only be identical: a log cannot have two heads
        // of one size.
        if (root1 == null || root2 == null || !MessageDigest.isEqual(root1, root2)) {
            throw new VerificationException("roots of equal-size trees differ");
        }
    }

    private static void requireProofHashes(List<byte[]> proof) throws VerificationException {
        for (byte[] hash : proof) {
            if (!MerkleHash.isHash(hash)) {
                throw new VerificationException("proof element is not a 32-byte hash");
            }
        }
    }
}
