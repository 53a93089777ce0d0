package cn.sunledger.tlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPair;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole path a county log and an outside auditor take: notices become leaves, the log signs
 * checkpoints, and the auditor, holding only the published vkey, checks that a notice is in the
 * log and that a later checkpoint extends an earlier one.
 */
class TransparencyLogFlowTest {

    private static final String REGION = "110101000000";

    @Test
    void auditorVerifiesInclusionAndConsistencyFromSignedCheckpoints() throws VerificationException {
        String origin = LogOrigin.forRegion(LogOrigin.DEFAULT_PREFIX, REGION);
        KeyPair logKey = Ed25519Keys.generate();
        byte[] storedPrivateKey = Ed25519Keys.encodePrivateKey(logKey.getPrivate());
        String publishedVkey = VerifierKey.of(origin, logKey.getPublic()).format();

        InMemoryLeafHashes store = new InMemoryLeafHashes();
        MerkleTree tree = new MerkleTree(store);
        for (int i = 1; i <= 3; i++) {
            store.appendLeafHash(notice(i, null).leafHash());
        }
        String firstNote = new Checkpoint(origin, tree.size(), tree.root(tree.size()))
                .sign(origin, Ed25519Keys.decodePrivateKey(storedPrivateKey));
        for (int i = 4; i <= 7; i++) {
            store.appendLeafHash(notice(i, i == 6 ? "SL-" + REGION + "-2" : null).leafHash());
        }
        String secondNote = new Checkpoint(origin, tree.size(), tree.root(tree.size()))
                .sign(origin, Ed25519Keys.decodePrivateKey(storedPrivateKey));

        // Auditor side: only the vkey, the notes, the proofs and the public notice data.
        VerifierKey vkey = VerifierKey.parse(publishedVkey);
        Checkpoint first = Checkpoint.open(firstNote, vkey);
        Checkpoint second = Checkpoint.open(secondNote, vkey);
        assertEquals(origin, second.origin());
        assertEquals(7, second.size());

        MerkleVerifier.verifyConsistency(first.size(), second.size(),
                tree.consistencyProof(first.size(), second.size()), first.rootHash(), second.rootHash());

        LogLeaf republished = notice(6, "SL-" + REGION + "-2");
        MerkleVerifier.verifyInclusion(5, second.size(), republished.leafHash(),
                tree.inclusionProof(5, second.size()), second.rootHash());

        LogLeaf altered = notice(6, null);
        assertThrows(VerificationException.class, () -> MerkleVerifier.verifyInclusion(5, second.size(),
                altered.leafHash(), tree.inclusionProof(5, second.size()), second.rootHash()));
    }

    private static LogLeaf notice(int n, String supersedes) {
        String hex = String.format("%064x", n);
        return new LogLeaf("SL-" + REGION + "-" + n, "PROCUREMENT", "2026-03-0" + (n % 9 + 1) + "T10:00:00+08:00",
                List.of(REGION), hex, hex, hex, supersedes);
    }
}
