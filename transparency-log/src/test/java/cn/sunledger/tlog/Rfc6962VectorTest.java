package cn.sunledger.tlog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs {@link MerkleVerifier} against every transparency-dev/merkle test vector copied into
 * src/test/resources/rfc6962, and checks that {@link MerkleTree} (from the leaves) and
 * {@link StoredMerkleTree} (from the nodes appends store) generate the very proofs the happy-path
 * vectors contain.
 */
class Rfc6962VectorTest {

    /** The eight reference leaves the vectors are built on (see rfc6962/README.md). */
    static final List<String> REFERENCE_LEAVES_HEX = List.of("", "00", "10", "2021", "3031", "40414243",
            "5051525354555657", "606162636465666768696a6b6c6d6e6f");

    /** Tree heads over the first n reference leaves, n = 0..8, from rfc6962/README.md. */
    static final List<String> REFERENCE_ROOTS_HEX = List.of(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

    static Stream<String> inclusionVectors() {
        return vectorFiles("inclusion").stream();
    }

    static Stream<String> consistencyVectors() {
        return vectorFiles("consistency").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inclusionVectors")
    void inclusionVector(String file) {
        Map<String, Object> v = load(file);
        long index = uint64(v.get("leafIdx"));
        long size = uint64(v.get("treeSize"));
        byte[] leafHash = base64(v.get("leafHash"));
        byte[] root = base64(v.get("root"));
        List<byte[]> proof = hashes(v.get("proof"));
        if (wantErr(v)) {
            assertThrows(VerificationException.class,
                    () -> MerkleVerifier.verifyInclusion(index, size, leafHash, proof, root), file);
        } else {
            assertDoesNotThrow(() -> MerkleVerifier.verifyInclusion(index, size, leafHash, proof, root), file);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("consistencyVectors")
    void consistencyVector(String file) {
        Map<String, Object> v = load(file);
        long size1 = uint64(v.get("size1"));
        long size2 = uint64(v.get("size2"));
        byte[] root1 = base64(v.get("root1"));
        byte[] root2 = base64(v.get("root2"));
        List<byte[]> proof = hashes(v.get("proof"));
        if (wantErr(v)) {
            assertThrows(VerificationException.class,
                    () -> MerkleVerifier.verifyConsistency(size1, size2, proof, root1, root2), file);
        } else {
            assertDoesNotThrow(() -> MerkleVerifier.verifyConsistency(size1, size2, proof, root1, root2), file);
        }
    }

    /** Guards against the parametrized tests silently running on fewer files than were copied. */
    @Test
    void allVectorFilesAreLoaded() {
        assertEquals(98, vectorFiles("inclusion").size());
        assertEquals(98, vectorFiles("consistency").size());
        long valid = Stream.concat(inclusionVectors(), consistencyVectors()).filter(f -> !wantErr(load(f))).count();
        assertEquals(12, valid);
        assertTrue(Files.isRegularFile(resourceRoot().resolve("LICENSE")));
    }

    @Test
    void rootsOfReferenceLeavesMatchPublishedTreeHeads() {
        MerkleTree tree = referenceTree();
        for (int n = 0; n <= 8; n++) {
            assertEquals(REFERENCE_ROOTS_HEX.get(n), HexFormat.of().formatHex(tree.root(n)), "n=" + n);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "2", "3", "4"})
    void generatedInclusionProofEqualsHappyPathVector(String dir) {
        Map<String, Object> v = load("inclusion/" + dir + "/happy-path.json");
        long index = uint64(v.get("leafIdx"));
        long size = uint64(v.get("treeSize"));
        MerkleTree tree = referenceTree();
        assertArrayEquals(base64(v.get("root")), tree.root(size));
        assertArrayEquals(base64(v.get("leafHash")), MerkleHash.leafHash(referenceLeaf((int) index)));
        assertProofEquals(hashes(v.get("proof")), tree.inclusionProof(index, size));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "2", "3", "4"})
    void generatedConsistencyProofEqualsHappyPathVector(String dir) {
        Map<String, Object> v = load("consistency/" + dir + "/happy-path.json");
        long size1 = uint64(v.get("size1"));
        long size2 = uint64(v.get("size2"));
        MerkleTree tree = referenceTree();
        assertArrayEquals(base64(v.get("root1")), tree.root(size1));
        assertArrayEquals(base64(v.get("root2")), tree.root(size2));
        assertProofEquals(hashes(v.get("proof")), tree.consistencyProof(size1, size2));
    }

    @Test
    void storedRootsOfReferenceLeavesMatchPublishedTreeHeads() {
        StoredMerkleTree tree = referenceStoredTree();
        for (int n = 0; n <= 8; n++) {
            assertEquals(REFERENCE_ROOTS_HEX.get(n), HexFormat.of().formatHex(tree.root(n)), "n=" + n);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "2", "3", "4"})
    void storedInclusionProofEqualsHappyPathVector(String dir) {
        Map<String, Object> v = load("inclusion/" + dir + "/happy-path.json");
        long index = uint64(v.get("leafIdx"));
        long size = uint64(v.get("treeSize"));
        StoredMerkleTree tree = referenceStoredTree();
        assertArrayEquals(base64(v.get("root")), tree.root(size));
        assertProofEquals(hashes(v.get("proof")), tree.inclusionProof(index, size));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "2", "3", "4"})
    void storedConsistencyProofEqualsHappyPathVector(String dir) {
        Map<String, Object> v = load("consistency/" + dir + "/happy-path.json");
        long size1 = uint64(v.get("size1"));
        long size2 = uint64(v.get("size2"));
        StoredMerkleTree tree = referenceStoredTree();
        assertArrayEquals(base64(v.get("root1")), tree.root(size1));
        assertArrayEquals(base64(v.get("root2")), tree.root(size2));
        assertProofEquals(hashes(v.get("proof")), tree.consistencyProof(size1, size2));
    }

    /** The reference leaves appended one by one as the log appends them, storing the nodes they complete. */
    static StoredMerkleTree referenceStoredTree() {
        InMemoryMerkleNodes nodes = new InMemoryMerkleNodes();
        for (int i = 0; i < REFERENCE_LEAVES_HEX.size(); i++) {
            nodes.append(MerkleHash.leafHash(referenceLeaf(i)));
        }
        return new StoredMerkleTree(nodes, nodes.size());
    }

    static MerkleTree referenceTree() {
        InMemoryLeafHashes leaves = new InMemoryLeafHashes();
        for (int i = 0; i < REFERENCE_LEAVES_HEX.size(); i++) {
            leaves.appendLeaf(referenceLeaf(i));
        }
        return new MerkleTree(leaves);
    }

    private static byte[] referenceLeaf(int i) {
        return HexFormat.of().parseHex(REFERENCE_LEAVES_HEX.get(i));
    }

    private static void assertProofEquals(List<byte[]> expected, List<byte[]> actual) {
        assertEquals(expected.size(), actual.size(), "proof length");
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i), "proof element " + i);
        }
    }

    /**
     * The vectors hold unsigned 64-bit numbers. Their bit pattern is read into a long, so values
     * above Long.MAX_VALUE (2^64 - 1 appears as a wrapped "index - 1") arrive as negatives, which
     * is exactly what an unsigned value would look like to this log's Java callers.
     */
    private static long uint64(Object number) {
        BigInteger value = (BigInteger) number;
        assertTrue(value.signum() >= 0 && value.compareTo(TWO_TO_64) < 0, "not a uint64: " + value);
        return value.longValue();
    }

    private static boolean wantErr(Map<String, Object> vector) {
        Object wantErr = vector.get("wantErr");
        assertTrue(wantErr instanceof Boolean, "wantErr must be a boolean");
        return (Boolean) wantErr;
    }

    private static byte[] base64(Object text) {
        return Base64.getDecoder().decode((String) text);
    }

    /** A JSON null proof (Go's nil slice) is an empty proof. */
    private static List<byte[]> hashes(Object array) {
        List<byte[]> out = new ArrayList<>();
        if (array != null) {
            for (Object element : (List<?>) array) {
                out.add(base64(element));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String file) {
        try {
            String json = Files.readString(resourceRoot().resolve(file), StandardCharsets.UTF_8);
            return (Map<String, Object>) MiniJson.parse(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> vectorFiles(String kind) {
        Path root = resourceRoot();
        try (Stream<Path> files = Files.walk(root.resolve(kind))) {
            return files.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The copy on the test classpath; tests never read the shared folder it came from. */
    private static Path resourceRoot() {
        try {
            return Path.of(Rfc6962VectorTest.class.getResource("/rfc6962").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
