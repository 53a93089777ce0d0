package cn.sunledger.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Set;

/**
 * The key file that protects households' ID numbers and phones at rest (read by the ledger as
 * {@code -Dsunledger.household.keys=PATH}; format in ledger-ejb's PersonalDataKeyFile): an AES-256 key and an
 * HMAC-SHA256 key of 32 random bytes each. Created once, owner-only (mode 600), under var/keys and never in the
 * repository or the database; kept as it is afterwards, since without it no sealed ID number can be read back.
 */
final class HouseholdKeyFile {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private HouseholdKeyFile() {
    }

    /** Creates the file with fresh keys unless it exists; returns whether it was created now. */
    static boolean ensure(Path file) {
        if (Files.exists(file)) {
            return false;
        }
        String id = "k" + LocalDate.now().toString().replace("-", "");
        String text = "# 阳光台账 household personal-data keys: keep this file, mode 600, outside the repository and the\n"
                + "# database. Without it no sealed ID number or phone can be read back; with it, anyone can.\n"
                + "aes.active=" + id + "\n"
                + "aes." + id + "=" + random() + "\n"
                + "hmac=" + random() + "\n";
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // mode 600 is the only protection the key file has on disk: refuse rather than write it readable
            throw new LaunchException("cannot create the household key file " + file
                    + ": its file system has no POSIX permissions to make it readable by its owner only");
        }
        try {
            Files.createDirectories(file.getParent(), PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
            Path tmp = Files.createTempFile(file.getParent(), ".keys", ".tmp",
                    PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.writeString(tmp, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            try {
                Files.move(tmp, file);
            } catch (FileAlreadyExistsException raced) {
                Files.delete(tmp);
                return false;
            }
            return true;
        } catch (IOException e) {
            throw new LaunchException("cannot create the household key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static String random() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
