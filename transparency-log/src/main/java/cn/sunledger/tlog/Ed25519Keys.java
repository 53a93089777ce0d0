package cn.sunledger.tlog;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/**
 * Ed25519 key handling with the JDK's own provider: generation, the raw 32-byte public key used by
 * signed notes, and PKCS#8 storage of private keys.
 */
public final class Ed25519Keys {

    /** Length of a raw Ed25519 public key (RFC 8032). */
    public static final int PUBLIC_KEY_SIZE = 32;

    private static final String ALGORITHM = "Ed25519";

    /** DER header of an X.509 SubjectPublicKeyInfo for Ed25519 (OID 1.3.101.112), before the raw key. */
    private static final byte[] X509_PREFIX = {
        0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00
    };

    private Ed25519Keys() {
    }

    /** A fresh key pair from the platform's strong random source. */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is mandatory since Java 15", e);
        }
    }

    /**
     * The raw 32-byte key: the last 32 bytes of the X.509 encoding, after checking that the
     * encoding really is an Ed25519 SubjectPublicKeyInfo.
     */
    public static byte[] rawPublicKey(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (!"X.509".equals(key.getFormat()) || encoded == null
                || encoded.length != X509_PREFIX.length + PUBLIC_KEY_SIZE
                || !Arrays.equals(encoded, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
            throw new IllegalArgumentException("not an Ed25519 public key: " + key.getAlgorithm());
        }
        return Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length);
    }

    /** A {@link PublicKey} from its raw 32-byte RFC 8032 encoding. */
    public static PublicKey publicKeyFromRaw(byte[] rawPublicKey) {
        if (rawPublicKey == null || rawPublicKey.length != PUBLIC_KEY_SIZE) {
            throw new IllegalArgumentException("a raw Ed25519 public key has " + PUBLIC_KEY_SIZE + " bytes");
        }
        byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + PUBLIC_KEY_SIZE);
        System.arraycopy(rawPublicKey, 0, encoded, X509_PREFIX.length, PUBLIC_KEY_SIZE);
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("invalid Ed25519 public key", e);
        }
    }

    /** The PKCS#8 encoding of a private key, the form in which the log's signing key is stored. */
    public static byte[] encodePrivateKey(PrivateKey key) {
        requireEd25519(key);
        return key.getEncoded();
    }

    /** A private key from its PKCS#8 encoding. */
    public static PrivateKey decodePrivateKey(byte[] pkcs8) {
        try {
            PrivateKey key = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            requireEd25519(key);
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("invalid PKCS#8 Ed25519 private key", e);
        }
    }

    /**
     * Recomputes the public key of a private key, so that only the private key needs storing.
     *
     * <p>The JDK has no public API for this, but its Ed25519 generator takes exactly one 32-byte
     * seed from the supplied random source and derives the public key from it. Feeding it the
     * private key's own seed therefore yields the matching pair. The derived private key is compared
     * with the given one, so a provider that draws its seed differently fails loudly instead of
     * producing a wrong key.
     */
    public static PublicKey publicKeyOf(PrivateKey privateKey) {
        byte[] seed = seedOf(privateKey);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, new ReplayRandom(seed));
            KeyPair pair = generator.generateKeyPair();
            byte[] derivedSeed = seedOf(pair.getPrivate());
            boolean same = Arrays.equals(seed, derivedSeed);
            Arrays.fill(derivedSeed, (byte) 0);
            if (!same) {
                throw new IllegalStateException("the Ed25519 provider did not derive the key from the given seed");
            }
            return pair.getPublic();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive the Ed25519 public key", e);
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    private static byte[] seedOf(PrivateKey key) {
        requireEd25519(key);
        return ((EdECPrivateKey) key).getBytes()
                .orElseThrow(() -> new IllegalArgumentException("private key material is not extractable"));
    }

    private static void requireEd25519(PrivateKey key) {
        if (!(key instanceof EdECPrivateKey edKey) || !ALGORITHM.equalsIgnoreCase(edKey.getParams().getName())) {
            throw new IllegalArgumentException("not an Ed25519 private key");
        }
    }

    /** A random source that hands out one fixed seed exactly once. */
    private static final class ReplayRandom extends SecureRandom {

        private static final long serialVersionUID = 1L;

        private final byte[] seed;
        private boolean used;

        ReplayRandom(byte[] seed) {
            this.seed = seed;
        }

        @Override
        public synchronized void nextBytes(byte[] bytes) {
            if (used || bytes.length != seed.length) {
                throw new IllegalStateException("unexpected request for " + bytes.length + " random bytes");
            }
            used = true;
            System.arraycopy(seed, 0, bytes, 0, seed.length);
        }
    }
}
