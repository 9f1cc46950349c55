package org.examcommit.registration.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL's cluster folder ({@code DATA_DIR/postgres}) is made where a crash cannot
 * leave it half-made: initdb runs in a sibling temporary folder, which one atomic rename turns into
 * the cluster. So a {@code postgres} folder is always complete, except one left by an older version
 * that ran initdb in place and was killed during it (issue 21): repaired when it holds no data,
 * refused with the step to take when it does. Called only by the holder of {@code owner.lock}.
 */
final class ClusterFolder {

    private static final Logger log = LoggerFactory.getLogger(ClusterFolder.class);
    private static final String INIT_PREFIX = ".init-";
    private static final String DISCARD_PREFIX = ".discard-";
    /** Relations and databases a server creates get OIDs (and file names) from here up; initdb's stay below. */
    private static final long FIRST_NORMAL_OBJECT_ID = 16384;
    /** template1, template0 and postgres: the databases a finished initdb leaves. */
    private static final int INITDB_DATABASES = 3;

    /** Runs initdb into an empty folder that does not exist yet. */
    @FunctionalInterface
    interface Initdb {
        void into(Path folder) throws IOException;
    }

    /** What a {@code postgres} folder holds. */
    enum State {
        ABSENT,
        COMPLETE,
        HALF_MADE_EMPTY,
        HALF_MADE_WITH_DATA
    }

    private ClusterFolder() {}

    /** Leaves {@code pgDirectory} a complete cluster, or throws naming the step to take. */
    static void ensureInitialised(Path pgDirectory, Initdb initdb) throws IOException {
        removeLeftovers(pgDirectory);
        switch (state(pgDirectory)) {
            case COMPLETE -> {
                return;
            }
            case HALF_MADE_EMPTY -> {
                log.warn(
                        "The embedded PostgreSQL folder {} was left half-made by a first start killed during initdb"
                                + " (older version); it holds no data, so it is made again",
                        pgDirectory);
                discard(pgDirectory);
            }
            case HALF_MADE_WITH_DATA ->
                throw new IllegalStateException("The embedded PostgreSQL folder " + pgDirectory
                        + " is incomplete but holds data, so it is not touched: move it aside (mv " + pgDirectory
                        + " " + pgDirectory + ".broken) and run the command again for a fresh database,"
                        + " or restore the data directory from a backup");
            case ABSENT -> {
                // made below
            }
        }
        Path temporary = sibling(pgDirectory, INIT_PREFIX);
        initdb.into(temporary);
        Files.move(temporary, pgDirectory, StandardCopyOption.ATOMIC_MOVE);
    }

    static State state(Path pgDirectory) throws IOException {
        if (!Files.exists(pgDirectory)) {
            return State.ABSENT;
        }
        boolean complete = Files.isRegularFile(pgDirectory.resolve("PG_VERSION"))
                && Files.isRegularFile(pgDirectory.resolve("global/pg_control"))
                && Files.isRegularFile(pgDirectory.resolve("postgresql.conf"))
                && databaseFolders(pgDirectory) >= INITDB_DATABASES;
        if (complete) {
            return State.COMPLETE;
        }
        return holdsData(pgDirectory) ? State.HALF_MADE_WITH_DATA : State.HALF_MADE_EMPTY;
    }

    private static long databaseFolders(Path pgDirectory) throws IOException {
        Path base = pgDirectory.resolve("base");
        if (!Files.isDirectory(base)) {
            return 0;
        }
        try (Stream<Path> dbs = Files.list(base)) {
            return dbs.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().matches("\\d+"))
                    .count();
        }
    }

    /** Any database or relation file a running server created (OID >= 16384): initdb makes none. */
    private static boolean holdsData(Path pgDirectory) throws IOException {
        Path base = pgDirectory.resolve("base");
        if (!Files.isDirectory(base)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(base)) {
            return files.map(p -> p.getFileName().toString().replaceAll("[._].*$", ""))
                    .filter(name -> name.matches("\\d{1,18}"))
                    .anyMatch(name -> Long.parseLong(name) >= FIRST_NORMAL_OBJECT_ID);
        }
    }

    /** Renamed out of the way first, so a kill while deleting leaves only a leftover, never a half cluster. */
    private static void discard(Path folder) throws IOException {
        Path aside = sibling(folder, DISCARD_PREFIX);
        Files.move(folder, aside, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(aside);
    }

    /** Temporary folders of earlier starts that were killed (only the lock holder runs this). */
    private static void removeLeftovers(Path pgDirectory) throws IOException {
        String name = pgDirectory.getFileName().toString();
        try (Stream<Path> siblings = Files.list(pgDirectory.getParent())) {
            for (Path p : siblings.toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith(name + INIT_PREFIX) || n.startsWith(name + DISCARD_PREFIX)) {
                    stopLeftoverServer(p);
                    deleteTree(p);
                }
            }
        }
    }

    /** A start killed after initdb may leave the temporary folder's server running. */
    private static void stopLeftoverServer(Path folder) throws IOException {
        Path pidFile = folder.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        var lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(lines.get(0).trim())).ifPresent(p -> {
            p.destroyForcibly();
            p.onExit().join();
        });
    }

    private static Path sibling(Path folder, String prefix) {
        return folder.resolveSibling(
                folder.getFileName() + prefix + ProcessHandle.current().pid());
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
