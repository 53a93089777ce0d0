package cn.sunledger.tlog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SignedNoteTest {

    private static final String NAME = "sunledger.cn/log/110101000000";
    private static final String TEXT = "sunledger.cn/log/110101000000\n3\nrra8/idLcKFPsGel5VeCZNsPqbUa9eC6FZFY8yngbnc=\n";

    private final KeyPair pair = Ed25519Keys.generate();
    private final VerifierKey vkey = VerifierKey.of(NAME, pair.getPublic());

    @Test
    void reproducesTheGoSumdbNoteExampleByteForByte() throws VerificationException {
        assertEquals(TestKeys.GO_NOTE, SignedNote.sign(TestKeys.GO_TEXT, "PeterNeumann", TestKeys.peterNeumann()));
        assertEquals(TestKeys.GO_TEXT,
                SignedNote.verify(TestKeys.GO_NOTE, VerifierKey.parse(TestKeys.GO_PETER_NEUMANN_VKEY)));
    }

    @Test
    void aNoteSignerThatKeepsItsDerivedKeySignsTheSameBytes() throws VerificationException {
        NoteSigner signer = new NoteSigner("PeterNeumann", TestKeys.peterNeumann());
        assertEquals(TestKeys.GO_NOTE, signer.sign(TestKeys.GO_TEXT), "Ed25519 is deterministic: the same note");
        assertEquals(VerifierKey.parse(TestKeys.GO_PETER_NEUMANN_VKEY).format(), signer.verifierKey().format());
        assertEquals("PeterNeumann", signer.keyName());
    }

    @Test
    void signsExactlyTheBytesTheJdkProviderSigns() throws Exception {
        // the signer uses Bouncy Castle's RFC 8032 code for speed; Ed25519 is deterministic, so for any key and text
        // its signature must be the JDK's, byte for byte (and so verify wherever the JDK's does)
        java.util.Random random = new java.util.Random(6962);
        for (int i = 0; i < 50; i++) {
            KeyPair keys = Ed25519Keys.generate();
            StringBuilder text = new StringBuilder("sunledger.cn/log/532922000000\n");
            text.append(random.nextInt(1_000_000)).append('\n');
            for (int j = random.nextInt(200); j > 0; j--) {
                text.append((char) ('!' + random.nextInt(90)));
            }
            text.append("阳光台账\n");
            byte[] message = text.toString().getBytes(StandardCharsets.UTF_8);
            Signature jdk = Signature.getInstance("Ed25519");
            jdk.initSign(keys.getPrivate());
            jdk.update(message);
            assertArrayEquals(jdk.sign(), new NoteSigner(NAME, keys.getPrivate()).signature(text.toString()), "key " + i);
        }
    }

    @Test
    void noteIsTextBlankLineAndOneEmDashSignatureLine() throws Exception {
        String note = SignedNote.sign(TEXT, NAME, pair.getPrivate());
        Matcher m = Pattern.compile("\\Q" + TEXT + "\\E\n\u2014 \\Q" + NAME + "\\E ([A-Za-z0-9+/=]+)\n").matcher(note);
        assertTrue(m.matches(), note);
        byte[] decoded = Base64.getDecoder().decode(m.group(1));
        assertEquals(4 + 64, decoded.length);
        assertArrayEquals(vkey.keyId(), Arrays.copyOf(decoded, 4));

        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(pair.getPublic());
        verifier.update(TEXT.getBytes(StandardCharsets.UTF_8));
        assertTrue(verifier.verify(Arrays.copyOfRange(decoded, 4, decoded.length)));
    }

    @Test
    void verifiesWithTheRightKeyAndReturnsTheText() throws VerificationException {
        assertEquals(TEXT, SignedNote.verify(SignedNote.sign(TEXT, NAME, pair.getPrivate()), vkey));
    }

    @Test
    void everyChangedTextCharacterIsRejected() {
        String note = SignedNote.sign(TEXT, NAME, pair.getPrivate());
        for (int i = 0; i < TEXT.length(); i++) {
            if (TEXT.charAt(i) == '\n') {
                continue;
            }
            char[] chars = note.toCharArray();
            chars[i] = chars[i] == 'x' ? 'y' : 'x';
            String tampered = new String(chars);
            assertThrows(VerificationException.class, () -> SignedNote.verify(tampered, vkey), "index " + i);
        }
    }

    @Test
    void changedSignatureByteIsRejected() {
        String note = SignedNote.sign(TEXT, NAME, pair.getPrivate());
        String signatureBase64 = note.substring(note.lastIndexOf(' ') + 1, note.length() - 1);
        byte[] decoded = Base64.getDecoder().decode(signatureBase64);
        for (int i = 4; i < decoded.length; i += 9) {
            byte[] bad = decoded.clone();
            bad[i] ^= 0x40;
            String tampered = note.replace(signatureBase64, Base64.getEncoder().encodeToString(bad));
            assertThrows(VerificationException.class, () -> SignedNote.verify(tampered, vkey), "byte " + i);
        }
    }

    @Test
    void otherKeysDoNotVerify() {
        String note = SignedNote.sign(TEXT, NAME, pair.getPrivate());
        VerifierKey otherKeySameName = VerifierKey.of(NAME, Ed25519Keys.generate().getPublic());
        VerifierKey sameKeyOtherName = VerifierKey.of("sunledger.cn/log/110102000000", pair.getPublic());
        assertThrows(VerificationException.class, () -> SignedNote.verify(note, otherKeySameName));
        assertThrows(VerificationException.class, () -> SignedNote.verify(note, sameKeyOtherName));
    }

    /**
     * A line carrying the trusted name and key ID but another key's signature must fail the whole
     * note, even next to a valid signature, rather than being skipped.
     */
    @Test
    void forgedSignatureUnderTheTrustedKeyIdIsRejected() {
        String forged = SignedNote.sign(TEXT, NAME, Ed25519Keys.generate().getPrivate());
        String signature = forged.substring(forged.lastIndexOf(' ') + 1, forged.length() - 1);
        byte[] decoded = Base64.getDecoder().decode(signature);
        System.arraycopy(vkey.keyId(), 0, decoded, 0, 4);
        String relabelled = forged.replace(signature, Base64.getEncoder().encodeToString(decoded));
        String relabelledLine = relabelled.substring(TEXT.length() + 1);
        String genuine = SignedNote.sign(TEXT, NAME, pair.getPrivate());

        assertThrows(VerificationException.class, () -> SignedNote.verify(relabelled, vkey));
        assertThrows(VerificationException.class, () -> SignedNote.verify(genuine + relabelledLine, vkey));
    }

    @Test
    void unknownSignaturesAreIgnoredAndRotationKeysAccepted() throws VerificationException {
        KeyPair witness = Ed25519Keys.generate();
        String ours = SignedNote.sign(TEXT, NAME, pair.getPrivate());
        String theirs = SignedNote.sign(TEXT, "witness.example/w1", witness.getPrivate());
        String theirLine = theirs.substring(TEXT.length() + 1);
        String ourLine = ours.substring(TEXT.length() + 1);

        assertEquals(TEXT, SignedNote.verify(ours + theirLine, vkey));
        assertEquals(TEXT, SignedNote.verify(TEXT + "\n" + theirLine + ourLine, vkey));
        assertThrows(VerificationException.class, () -> SignedNote.verify(theirs, vkey));

        VerifierKey next = VerifierKey.of(NAME, Ed25519Keys.generate().getPublic());
        assertEquals(TEXT, SignedNote.verify(ours, List.of(next, vkey)));
    }

    @Test
    void textMayContainBlankLines() throws VerificationException {
        String text = "first\n\nthird\n";
        assertEquals(text, SignedNote.verify(SignedNote.sign(text, NAME, pair.getPrivate()), vkey));
    }

    @Test
    void malformedNotesAreRejected() {
        String note = SignedNote.sign(TEXT, NAME, pair.getPrivate());
        String line = note.substring(TEXT.length() + 1);
        List<String> bad = List.of(
                TEXT + line,
                note.substring(0, note.length() - 1),
                note.replace("\u2014 ", "-- "),
                note.replace("\u2014 ", "\u2014"),
                note + "\u2014 " + NAME + "\n",
                note + "\u2014 " + NAME + " !!!!\n",
                note + "\u2014 " + NAME + " AAAA\n",
                note + "garbage\n",
                note.replace("\n3\n", "\n3\r\n"),
                TEXT + "\n" + line.repeat(SignedNote.MAX_SIGNATURES + 1));
        for (String candidate : bad) {
            assertThrows(VerificationException.class, () -> SignedNote.verify(candidate, vkey), candidate);
        }
    }

    @Test
    void signingRefusesTextsThatCannotBeNotes() {
        for (String text : List.of("", "no final newline", "tab\there\n", "lone \ud800\n")) {
            assertThrows(IllegalArgumentException.class, () -> SignedNote.sign(text, NAME, pair.getPrivate()), text);
        }
        assertThrows(IllegalArgumentException.class, () -> SignedNote.sign(TEXT, "bad name", pair.getPrivate()));
        assertThrows(IllegalArgumentException.class, () -> SignedNote.sign(TEXT, "bad+name", pair.getPrivate()));
    }
}
