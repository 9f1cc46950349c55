package org.examcommit.schedules.cli;

/** Bad command-line arguments: the launcher prints the message and the usage, and exits 2. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
