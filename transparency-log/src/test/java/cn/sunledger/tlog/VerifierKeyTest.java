package cn.sunledger.tlog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerifierKeyTest {

    @Test
    void parsesAndReproducesThePublishedGoVerifierKey() {
        VerifierKey key = VerifierKey.parse(TestKeys.GO_PETER_NEUMANN_VKEY);
        assertEquals("PeterNeumann", key.name());
        assertEquals("c74f20a3", HexFormat.of().formatHex(key.keyId()));
        assertEquals(TestKeys.GO_PETER_NEUMANN_VKEY, key.format());
        assertArrayEquals(key.rawPublicKey(),
                Ed25519Keys.rawPublicKey(Ed25519Keys.publicKeyOf(TestKeys.peterNeumann())));
    }

    @Test
    void keyIdIsTheFirstFourBytesOfSha256OfNameNewlineTypeAndKey() throws Exception {
        KeyPair pair = Ed25519Keys.generate();
        byte[] raw = Ed25519Keys.rawPublicKey(pair.getPublic());
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update("sunledger.cn/log/110101000000".getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) 0x0a);
        sha256.update((byte) 0x01);
        sha256.update(raw);
        byte[] expected = Arrays.copyOf(sha256.digest(), 4);

        VerifierKey key = VerifierKey.of("sunledger.cn/log/110101000000", pair.getPublic());
        assertArrayEquals(expected, key.keyId());
        String vkey = key.format();
        assertTrue(vkey.startsWith("sunledger.cn/log/110101000000+" + HexFormat.of().formatHex(expected) + "+"));
        assertEquals(key, VerifierKey.parse(vkey));
        assertArrayEquals(pair.getPublic().getEncoded(), VerifierKey.parse(vkey).publicKey().getEncoded());
    }

    @Test
    void sameKeyUnderAnotherNameHasAnotherId() {
        KeyPair pair = Ed25519Keys.generate();
        VerifierKey a = VerifierKey.of("a.example/log", pair.getPublic());
        VerifierKey b = VerifierKey.of("b.example/log", pair.getPublic());
        assertNotEquals(HexFormat.of().formatHex(a.keyId()), HexFormat.of().formatHex(b.keyId()));
        assertNotEquals(a, b);
    }

    @Test
    void malformedOrInconsistentVerifierKeysAreRefused() {
        String good = TestKeys.GO_PETER_NEUMANN_VKEY;
        List<String> bad = List.of(
                good.replace("+c74f20a3+", "+c74f20a4+"),
                good.replace("+c74f20a3+", "+c74f20a+"),
                good.replace("PeterNeumann", "Peter Neumann"),
                good.replace("PeterNeumann", ""),
                "PeterNeumann+c74f20a3",
                "PeterNeumann",
                good.replace("+ARpc", "+AhpC"),
                good.substring(0, good.length() - 4),
                good + "=");
        for (String vkey : bad) {
            assertThrows(IllegalArgumentException.class, () -> VerifierKey.parse(vkey), vkey);
        }
    }

    @Test
    void keyNamesFollowTheSignedNoteRules() {
        byte[] raw = Ed25519Keys.rawPublicKey(Ed25519Keys.generate().getPublic());
        for (String name : List.of("", "a+b", "a b", "a\u00a0b", "a\u3000b", "a\nb", "a\tb", "a\ud800b")) {
            assertThrows(IllegalArgumentException.class, () -> VerifierKey.of(name, raw), name);
        }
        assertEquals("\u9633\u5149.example/\ud83d\ude00", VerifierKey.of("\u9633\u5149.example/\ud83d\ude00", raw).name());
    }
}
