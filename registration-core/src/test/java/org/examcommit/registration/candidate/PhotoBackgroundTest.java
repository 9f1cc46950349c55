package org.examcommit.registration.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examcommit.registration.testsupport.Refusals.assertRefused;

import java.awt.Color;
import java.util.Arrays;
import org.examcommit.registration.testsupport.TestImages;
import org.junit.jupiter.api.Test;

/** Issue 19: a photo's background must be white, and the whole JPEG must decode. */
class PhotoBackgroundTest {

    @Test
    void acceptsAFigureOnAWhiteBackground() {
        assertThat(PhotoCheck.check(TestImages.jpeg(295, 413)).width()).isEqualTo(295);
    }

    @Test
    void refusesABlackOrBlueBackground() {
        for (Color c : new Color[] {Color.BLACK, new Color(30, 90, 200), new Color(255, 200, 200)}) {
            assertRefused(() -> PhotoCheck.check(TestImages.jpeg(295, 413, c)), "file", "photo.background");
        }
    }

    @Test
    void refusesAJpegCutShortAfterItsHeader() {
        byte[] whole = TestImages.jpeg(295, 413);
        byte[] cut = Arrays.copyOf(whole, 700);

        assertRefused(() -> PhotoCheck.check(cut), "file", "photo.format");
    }
}
