package org.examcommit.registration.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examcommit.registration.testsupport.Refusals.assertRefused;

import java.util.Arrays;
import org.examcommit.registration.testsupport.TestImages;
import org.junit.jupiter.api.Test;

class PhotoCheckTest {

    @Test
    void readsThePixelSizeOfARealJpeg() {
        assertThat(PhotoCheck.inspect(TestImages.jpeg(295, 413))).isEqualTo(new PhotoCheck.Jpeg(295, 413));
        assertThat(PhotoCheck.inspect(TestImages.jpeg(640, 480))).isEqualTo(new PhotoCheck.Jpeg(640, 480));
    }

    @Test
    void acceptsExactly295By413() {
        assertThat(PhotoCheck.check(TestImages.jpeg(295, 413))).isEqualTo(new PhotoCheck.Jpeg(295, 413));
    }

    @Test
    void refusesOtherSizesSayingFoundAndRequired() {
        assertRefused(() -> PhotoCheck.check(TestImages.jpeg(296, 413)), "file", "photo.dimensions")
                .hasMessageContaining("296x413")
                .hasMessageContaining("295x413");
        assertRefused(() -> PhotoCheck.check(TestImages.jpeg(413, 295)), "file", "photo.dimensions");
    }

    @Test
    void namesTheFormatOfBytesThatAreNotAJpeg() {
        assertThat(PhotoCheck.inspect(TestImages.png(295, 413))).isEqualTo(new PhotoCheck.NotJpeg("PNG"));
        assertThat(PhotoCheck.inspect("GIF89a....".getBytes())).isEqualTo(new PhotoCheck.NotJpeg("GIF"));
        assertThat(PhotoCheck.inspect(new byte[0])).isEqualTo(new PhotoCheck.NotJpeg("an empty file"));
        assertRefused(() -> PhotoCheck.check("%PDF-1.7".getBytes()), "file", "photo.format")
                .hasMessageContaining("PDF");
    }

    @Test
    void refusesAJpegCutBeforeItsFrameHeader() {
        byte[] jpeg = TestImages.jpeg(295, 413);

        assertThat(PhotoCheck.inspect(Arrays.copyOf(jpeg, 30))).isInstanceOf(PhotoCheck.Unreadable.class);
        assertThat(PhotoCheck.inspect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDA, 0, 2}))
                .isInstanceOf(PhotoCheck.Unreadable.class);
        assertRefused(() -> PhotoCheck.check(Arrays.copyOf(jpeg, 30)), "file", "photo.format");
    }
}
