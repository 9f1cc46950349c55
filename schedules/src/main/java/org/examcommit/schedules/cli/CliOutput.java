package org.examcommit.schedules.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Where results go: the process's real stdout, in UTF-8. The launcher points {@code System.out}
 * at stderr before the platform starts, so nothing but results reaches stdout.
 */
public final class CliOutput {

    private final PrintStream stdout;

    CliOutput(PrintStream stdout) {
        this.stdout = stdout;
    }

    static CliOutput standardOut() {
        return new CliOutput(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
    }

    void println(String line) {
        stdout.println(line);
    }

    void flush() {
        stdout.flush();
    }
}
