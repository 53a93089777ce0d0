package cn.sunledger.tlog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Ed25519KeysTest {

    /** RFC 8032 §7.1, TEST 1 (empty message). */
    private static final String RFC8032_SEED = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    private static final String RFC8032_PUBLIC = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    private static final String RFC8032_SIGNATURE = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
            + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";

    @Test
    void publicKeyIsDerivedFromThePrivateKeyAsInRfc8032() throws Exception {
        PrivateKey privateKey = TestKeys.fromSeed(HexFormat.of().parseHex(RFC8032_SEED));
        PublicKey publicKey = Ed25519Keys.publicKeyOf(privateKey);
        assertEquals(RFC8032_PUBLIC, HexFormat.of().formatHex(Ed25519Keys.rawPublicKey(publicKey)));

        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(privateKey);
        assertEquals(RFC8032_SIGNATURE, HexFormat.of().formatHex(signer.sign()));
    }

    @Test
    void rawPublicKeyRoundTripsThroughX509() {
        KeyPair pair = Ed25519Keys.generate();
        byte[] raw = Ed25519Keys.rawPublicKey(pair.getPublic());
        assertEquals(32, raw.length);
        byte[] encoded = pair.getPublic().getEncoded();
        assertArrayEquals(Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length), raw);
        assertArrayEquals(encoded, Ed25519Keys.publicKeyFromRaw(raw).getEncoded());
    }

    @Test
    void privateKeyRoundTripsThroughPkcs8AndKeepsItsPublicKey() {
        KeyPair pair = Ed25519Keys.generate();
        byte[] pkcs8 = Ed25519Keys.encodePrivateKey(pair.getPrivate());
        PrivateKey decoded = Ed25519Keys.decodePrivateKey(pkcs8);
        assertArrayEquals(pkcs8, decoded.getEncoded());
        assertArrayEquals(pair.getPublic().getEncoded(), Ed25519Keys.publicKeyOf(decoded).getEncoded());
    }

    @Test
    void generatedKeysDiffer() {
        byte[] a = Ed25519Keys.rawPublicKey(Ed25519Keys.generate().getPublic());
        byte[] b = Ed25519Keys.rawPublicKey(Ed25519Keys.generate().getPublic());
        assertFalse(Arrays.equals(a, b));
    }

    @Test
    void otherKeyTypesAndMalformedEncodingsAreRefused() throws Exception {
        KeyPair ed448 = KeyPairGenerator.getInstance("Ed448").generateKeyPair();
        assertThrows(IllegalArgumentException.class, () -> Ed25519Keys.rawPublicKey(ed448.getPublic()));
        assertThrows(IllegalArgumentException.class, () -> Ed25519Keys.publicKeyOf(ed448.getPrivate()));
        assertThrows(IllegalArgumentException.class, () -> Ed25519Keys.encodePrivateKey(ed448.getPrivate()));
        assertThrows(IllegalArgumentException.class, () -> Ed25519Keys.publicKeyFromRaw(new byte[31]));
        assertThrows(IllegalArgumentException.class, () -> Ed25519Keys.decodePrivateKey(new byte[48]));
        assertThrows(IllegalArgumentException.class,
                () -> Ed25519Keys.decodePrivateKey(ed448.getPrivate().getEncoded()));
    }
}
