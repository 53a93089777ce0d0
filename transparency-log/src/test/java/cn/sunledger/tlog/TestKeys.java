package cn.sunledger.tlog;

import java.security.PrivateKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/** Published Ed25519 test keys, so signatures can be compared with other implementations. */
final class TestKeys {

    /** PKCS#8 v1 header for an Ed25519 private key; the 32-byte seed follows. */
    private static final byte[] PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");

    /** Private key of the example in golang.org/x/mod/sumdb/note (base64 of 0x01 || seed). */
    static final String GO_PETER_NEUMANN_SIGNER_KEY = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";

    /** Its published verifier key. */
    static final String GO_PETER_NEUMANN_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";

    /** The example note text and its published signature line. */
    static final String GO_TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    static final String GO_NOTE = GO_TEXT + "\n\u2014 PeterNeumann "
            + "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    private TestKeys() {
    }

    static PrivateKey fromSeed(byte[] seed) {
        byte[] pkcs8 = Arrays.copyOf(PKCS8_PREFIX, PKCS8_PREFIX.length + seed.length);
        System.arraycopy(seed, 0, pkcs8, PKCS8_PREFIX.length, seed.length);
        return Ed25519Keys.decodePrivateKey(pkcs8);
    }

    static PrivateKey peterNeumann() {
        byte[] typeAndSeed = Base64.getDecoder().decode(GO_PETER_NEUMANN_SIGNER_KEY);
        if (typeAndSeed[0] != 0x01) {
            throw new IllegalStateException("not an Ed25519 signer key");
        }
        return fromSeed(Arrays.copyOfRange(typeAndSeed, 1, typeAndSeed.length));
    }
}
