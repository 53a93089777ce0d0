package cn.sunledger.tlog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPair;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointTest {

    private static final String ORIGIN = "sunledger.cn/log/110101000000";
    /** Root of the five-leaf reference tree of the RFC 6962 vectors. */
    private static final String ROOT5 = "Tju7H3tHjc/nH7YxYxUZo7yhLJrvyhYSv85ME6hiZNQ=";

    @Test
    void bodyIsOriginSizeAndBase64RootOnThreeLines() {
        Checkpoint checkpoint = new Checkpoint(ORIGIN, 5, Base64.getDecoder().decode(ROOT5));
        assertEquals("sunledger.cn/log/110101000000\n5\nTju7H3tHjc/nH7YxYxUZo7yhLJrvyhYSv85ME6hiZNQ=\n",
                checkpoint.body());
        assertEquals(checkpoint, Checkpoint.parse(checkpoint.body()));
    }

    @Test
    void emptyTreeCheckpoint() {
        Checkpoint empty = new Checkpoint(ORIGIN, 0, MerkleHash.emptyRoot());
        assertEquals(ORIGIN + "\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n", empty.body());
        assertEquals(empty, Checkpoint.parse(empty.body()));
    }

    @Test
    void parseAcceptsTheLargestSize() {
        String body = ORIGIN + "\n" + Long.MAX_VALUE + "\n" + ROOT5 + "\n";
        assertEquals(Long.MAX_VALUE, Checkpoint.parse(body).size());
    }

    @Test
    void parseRefusesAnythingButExactlyThreeCanonicalLines() {
        List<String> bad = List.of(
                ORIGIN + "\n5\n" + ROOT5,
                ORIGIN + "\n05\n" + ROOT5 + "\n",
                ORIGIN + "\n+5\n" + ROOT5 + "\n",
                ORIGIN + "\n-1\n" + ROOT5 + "\n",
                ORIGIN + "\n 5\n" + ROOT5 + "\n",
                ORIGIN + "\n\n" + ROOT5 + "\n",
                ORIGIN + "\n9223372036854775808\n" + ROOT5 + "\n",
                ORIGIN + "\n5\n" + ROOT5.replace("=", "") + "\n",
                ORIGIN + "\n5\n" + Base64.getEncoder().encodeToString(new byte[31]) + "\n",
                ORIGIN + "\n5\n" + ROOT5 + "\nextension\n",
                ORIGIN + "\n5\n",
                "\n5\n" + ROOT5 + "\n");
        for (String body : bad) {
            assertThrows(IllegalArgumentException.class, () -> Checkpoint.parse(body), body);
        }
    }

    @Test
    void constructorChecksItsArgumentsAndCopiesTheRoot() {
        byte[] root = Base64.getDecoder().decode(ROOT5);
        assertThrows(IllegalArgumentException.class, () -> new Checkpoint("", 5, root));
        assertThrows(IllegalArgumentException.class, () -> new Checkpoint("a\nb", 5, root));
        assertThrows(IllegalArgumentException.class, () -> new Checkpoint(ORIGIN, -1, root));
        assertThrows(IllegalArgumentException.class, () -> new Checkpoint(ORIGIN, 5, new byte[33]));

        Checkpoint checkpoint = new Checkpoint(ORIGIN, 5, root);
        root[0] ^= 1;
        assertEquals(ROOT5, Base64.getEncoder().encodeToString(checkpoint.rootHash()));
        assertNotSame(checkpoint.rootHash(), checkpoint.rootHash());
    }

    @Test
    void signedCheckpointOpensOnlyWithTheLogKey() throws VerificationException {
        KeyPair pair = Ed25519Keys.generate();
        VerifierKey vkey = VerifierKey.of(ORIGIN, pair.getPublic());
        Checkpoint checkpoint = new Checkpoint(ORIGIN, 5, Base64.getDecoder().decode(ROOT5));
        String note = checkpoint.sign(ORIGIN, pair.getPrivate());

        assertEquals(checkpoint, Checkpoint.open(note, vkey));
        assertThrows(VerificationException.class, () -> Checkpoint.open(note.replace("\n5\n", "\n6\n"), vkey));
        assertThrows(VerificationException.class,
                () -> Checkpoint.open(note, VerifierKey.of(ORIGIN, Ed25519Keys.generate().getPublic())));
        String notACheckpoint = SignedNote.sign("hello\n", ORIGIN, pair.getPrivate());
        assertThrows(VerificationException.class, () -> Checkpoint.open(notACheckpoint, vkey));
    }

    @Test
    void valueSemantics() {
        Checkpoint a = new Checkpoint(ORIGIN, 5, Base64.getDecoder().decode(ROOT5));
        Checkpoint b = new Checkpoint(ORIGIN, 5, Base64.getDecoder().decode(ROOT5));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertArrayEquals(a.rootHash(), b.rootHash());
    }

    @Test
    void countyOriginsTakeTheirPrefixAsAParameter() {
        assertEquals("sunledger.cn/log/110101000000", LogOrigin.forRegion(LogOrigin.DEFAULT_PREFIX, "110101000000"));
        assertEquals("staging.sunledger.cn/log/440305000000",
                LogOrigin.forRegion("staging.sunledger.cn/log", "440305000000"));
        for (String code : List.of("11010100000", "1101010000000", "11010100000a", "")) {
            assertThrows(IllegalArgumentException.class, () -> LogOrigin.forRegion(LogOrigin.DEFAULT_PREFIX, code));
        }
        assertThrows(IllegalArgumentException.class, () -> LogOrigin.forRegion("sunledger.cn/log/", "110101000000"));
        assertThrows(IllegalArgumentException.class, () -> LogOrigin.forRegion("sun ledger", "110101000000"));
        assertThrows(IllegalArgumentException.class, () -> LogOrigin.forRegion("", "110101000000"));
    }
}
