package org.examcommit.batch.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A read started ahead of its step is taken only for the same, unchanged file; otherwise the step reads itself. */
class ReadAheadTest {

    @TempDir
    Path dir;

    @Test
    void theStepTakesWhatWasReadAheadOfTheSameFile() throws Exception {
        Path file = file("a.csv", "x");
        ReadAhead<String> ahead = new ReadAhead<>("test");
        ahead.start(file, () -> Files.readString(file));

        assertThat(ahead.take(file)).contains("x");
        assertThat(ahead.take(file)).as("taken once").isEmpty();
    }

    @Test
    void nothingIsTakenWhenNothingWasStartedOrForAnotherFile() throws Exception {
        Path file = file("a.csv", "x");
        ReadAhead<String> ahead = new ReadAhead<>("test");
        assertThat(ahead.take(file)).isEmpty();

        ahead.start(file("b.csv", "y"), () -> "y");
        assertThat(ahead.take(file)).isEmpty();
    }

    @Test
    void aFileChangedSinceTheReadStartedIsReadAgainByTheStep() throws Exception {
        Path file = file("a.csv", "x");
        ReadAhead<String> ahead = new ReadAhead<>("test");
        ahead.start(file, () -> "x");
        Files.writeString(file, "changed");
        Files.setLastModifiedTime(
                file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));

        assertThat(ahead.take(file)).isEmpty();
    }

    @Test
    void aFailedReadLeavesTheReadingToTheStep() throws Exception {
        Path file = file("a.csv", "x");
        ReadAhead<String> ahead = new ReadAhead<>("test");
        ahead.start(file, () -> {
            throw new IOException("broken");
        });

        assertThat(ahead.take(file)).isEmpty();
    }

    @Test
    void aDiscardedReadIsInterrupted() throws Exception {
        Path file = file("a.csv", "x");
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        ReadAhead<String> ahead = new ReadAhead<>("test");
        ahead.start(file, () -> {
            running.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return "never taken";
        });
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        ahead.discard();

        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ahead.take(file)).isEmpty();
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
