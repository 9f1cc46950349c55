package org.examcommit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time (ticks of 1/100 s, Linux {@code /proc}) used so far by this JVM and by the embedded PostgreSQL
 * of a data directory (its postmaster and live backends). On a machine shared with other work, CPU time
 * says more about a benchmark than wall time does.
 */
public final class CpuTicks {

    private CpuTicks() {}

    /** [0] this JVM's ticks, [1] the embedded PostgreSQL's. */
    public static long[] javaAndPostgres(Path dataDir) throws IOException {
        long java = ticks(Path.of("/proc/self/stat"));
        List<Path> processes;
        try (Stream<Path> list = Files.list(Path.of("/proc"))) {
            processes =
                    list.filter(p -> p.getFileName().toString().matches("\\d+")).toList();
        }
        String postmaster = null;
        for (Path p : processes) {
            try {
                if (Files.readString(p.resolve("cmdline")).contains(dataDir.toString())) {
                    postmaster = p.getFileName().toString();
                }
            } catch (IOException ended) {
                // the process ended meanwhile
            }
        }
        long postgres = 0;
        for (Path p : processes) {
            try {
                String[] stat = stat(p.resolve("stat"));
                if (p.getFileName().toString().equals(postmaster) || stat[1].equals(postmaster)) {
                    postgres += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                }
            } catch (IOException ended) {
                // the process ended meanwhile
            }
        }
        return new long[] {java, postgres};
    }

    public static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }

    private static long ticks(Path statFile) throws IOException {
        String[] stat = stat(statFile);
        return Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
    }

    /** The fields after the command name: [0] state, [1] ppid, ..., [11] utime, [12] stime. */
    private static String[] stat(Path statFile) throws IOException {
        String text = Files.readString(statFile);
        return text.substring(text.lastIndexOf(')') + 2).split(" ");
    }
}
