package org.examcommit.batch.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The content hash of a dataset as the bundle delivered it: lowercase hex SHA-256 of the file, or of a
 * Parquet folder's files in name order (hidden and {@code _}-prefixed files, which readers skip, left
 * out), so a run's provenance names the exact bytes it read.
 */
final class ContentHash {

    private static final int BUFFER = 1 << 20;

    private ContentHash() {}

    static String sha256(Path dataset) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
        byte[] buffer = new byte[BUFFER];
        for (Path file : files(dataset)) {
            try (InputStream in = Files.newInputStream(file)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static List<Path> files(Path dataset) throws IOException {
        if (!Files.isDirectory(dataset)) {
            return List.of(dataset);
        }
        try (Stream<Path> parts = Files.list(dataset)) {
            return parts.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith(".")
                            && !p.getFileName().toString().startsWith("_"))
                    .sorted()
                    .toList();
        }
    }
}
