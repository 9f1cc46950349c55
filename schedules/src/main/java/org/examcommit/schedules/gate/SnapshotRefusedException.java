package org.examcommit.schedules.gate;

/** The gate refused a snapshot the night would read: the message is the one-line reason for the operator. */
public class SnapshotRefusedException extends RuntimeException {

    public SnapshotRefusedException(String reason) {
        super(reason);
    }
}
