package cn.sunledger.it.support;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

/**
 * An independent RFC 6962 / RFC 9162 Merkle tree for the tests, written from the RFCs and not from the
 * project's transparency-log module, so the tests do not check the log with the code that built it.
 */
public final class Rfc6962 {

    private Rfc6962() {
    }

    /** SHA-256(0x00 || leaf). */
    public static byte[] leafHash(byte[] leaf) {
        return sha256(new byte[] {0}, leaf);
    }

    /** MTH(D[0:n]) by the recursive definition of RFC 6962 §2.1 (split at the largest power of two below n). */
    public static byte[] root(List<byte[]> leafHashes) {
        if (leafHashes.isEmpty()) {
            return sha256();
        }
        if (leafHashes.size() == 1) {
            return leafHashes.get(0);
        }
        int k = Integer.highestOneBit(leafHashes.size() - 1);
        return node(root(leafHashes.subList(0, k)), root(leafHashes.subList(k, leafHashes.size())));
    }

    /** The root an inclusion proof leads to (RFC 9162 §2.1.3.2), or null if the proof has the wrong shape. */
    public static byte[] rootFromInclusion(long index, long size, byte[] leafHash, List<byte[]> proof) {
        if (index < 0 || index >= size) {
            return null;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return null;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 ? r : null;
    }

    /** Whether a consistency proof shows that the tree (size2, root2) extends (size1, root1), RFC 9162 §2.1.4.2. */
    public static boolean consistent(long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof) {
        if (size1 == size2) {
            return proof.isEmpty() && Arrays.equals(root1, root2);
        }
        if (size1 < 1 || size1 > size2 || proof.isEmpty()) {
            return false;
        }
        boolean perfect = Long.bitCount(size1) == 1;
        List<byte[]> path = perfect ? proof : proof.subList(1, proof.size());
        byte[] start = perfect ? root1 : proof.get(0);
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = start;
        byte[] sr = start;
        for (byte[] c : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = node(c, fr);
                sr = node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, root1) && Arrays.equals(sr, root2);
    }

    private static byte[] node(byte[] left, byte[] right) {
        return sha256(new byte[] {1}, left, right);
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
