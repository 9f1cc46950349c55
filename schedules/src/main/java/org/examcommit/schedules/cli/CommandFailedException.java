package org.examcommit.schedules.cli;

/** A command that cannot do what was asked (e.g. nothing to export): exit 1 with this one-line reason. */
final class CommandFailedException extends RuntimeException {

    CommandFailedException(String reason) {
        super(reason);
    }
}
