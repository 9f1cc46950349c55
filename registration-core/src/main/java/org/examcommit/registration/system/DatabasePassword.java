package org.examcommit.registration.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The password of the embedded PostgreSQL: generated on the first start of a data directory and kept in {@code
 * DATA_DIR/postgres.password}, readable and writable by its owner only (0600), so that only the operating-system
 * account that runs the platform can connect. Every process on the same {@code DATA_DIR} (a {@code ./pipeline}
 * command beside a running {@code serve}) reads it from there.
 */
final class DatabasePassword {

    static final String FILE = "postgres.password";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String SHAPE = "[A-Za-z0-9_-]{20,100}";

    private DatabasePassword() {}

    /** The directory's password, made on first use; the file is set to owner-only each time. */
    static String ensure(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Path tmp = dataDir.resolve(FILE + ".tmp-" + ProcessHandle.current().pid());
            Files.deleteIfExists(tmp);
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.writeString(tmp, password + "\n", StandardCharsets.US_ASCII);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                Files.deleteIfExists(tmp);
            }
        }
        Files.setPosixFilePermissions(file, OWNER_ONLY);
        return read(dataDir);
    }

    /** The password a running owner wrote; a process attaching to its server needs it. */
    static String read(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            throw new IllegalStateException("The embedded PostgreSQL of " + dataDir + " has no password file " + file
                    + "; it is written by the process that starts the server (run ./pipeline serve or any command once"
                    + " while nothing else uses this DATA_DIR)");
        }
        String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (!password.matches(SHAPE)) {
            throw new IllegalStateException("The password file " + file + " is damaged (expected 20-100 characters"
                    + " A-Z a-z 0-9 _ -); restore it, or set the password of role postgres anew and write it there");
        }
        return password;
    }
}
