package org.examcommit.registration.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.examcommit.registration.testsupport.ApiTest;
import org.examcommit.registration.testsupport.HttpApi.Reply;
import org.examcommit.registration.testsupport.TestCandidates;
import org.examcommit.registration.testsupport.TestCandidates.Registered;
import org.examcommit.registration.testsupport.TestImages;
import org.junit.jupiter.api.Test;

/** The registration photo through HTTP: only a 295x413 JPEG, judged from its bytes. */
class PhotoApiTest extends ApiTest {

    private static final String PHOTO = "/api/candidates/me/photo";

    @Test
    void acceptsA295x413JpegAsMultipartAndReturnsTheSameBytes() {
        Registered c = TestCandidates.register(api, "韩梅梅");
        byte[] jpeg = TestImages.jpeg(295, 413);

        Reply put = api.putMultipart(PHOTO, "file", "me.jpg", "image/jpeg", jpeg, c.auth());
        Reply get = api.get(PHOTO, c.auth());

        assertThat(put.status()).as("%s", put).isEqualTo(200);
        assertThat(put.json().path("width").asInt()).isEqualTo(295);
        assertThat(put.json().path("height").asInt()).isEqualTo(413);
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.contentType()).isEqualTo("image/jpeg");
        assertThat(get.bytes()).isEqualTo(jpeg);
        assertThat(api.get("/api/candidates/me", c.auth())
                        .json()
                        .path("hasPhoto")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void acceptsARawJpegBodyAndReplacesAnEarlierPhoto() {
        Registered c = TestCandidates.register(api, "李雷");
        byte[] first = TestImages.jpeg(295, 413);
        byte[] second = Arrays.copyOf(first, first.length + 2); // trailing bytes after EOI: same image, other bytes

        assertThat(api.putBytes(PHOTO, first, "image/jpeg", c.auth()).status()).isEqualTo(200);
        assertThat(api.putBytes(PHOTO, second, "application/octet-stream", c.auth())
                        .status())
                .isEqualTo(200);

        assertThat(api.get(PHOTO, c.auth()).bytes()).isEqualTo(second);
    }

    @Test
    void refusesAPngEvenWhenNamedAndDeclaredAsJpeg() {
        Registered c = TestCandidates.register(api, "王芳");

        Reply multipart =
                api.putMultipart(PHOTO, "file", "photo.jpg", "image/jpeg", TestImages.png(295, 413), c.auth());
        Reply raw = api.putBytes(PHOTO, TestImages.png(295, 413), "image/jpeg", c.auth());

        for (Reply r : new Reply[] {multipart, raw}) {
            assertThat(r.status()).as("%s", r).isEqualTo(400);
            assertThat(r.field()).isEqualTo("file");
            assertThat(r.rule()).isEqualTo("photo.format");
            assertThat(r.json().path("detail").asString()).contains("JPEG").contains("PNG");
        }
        assertThat(api.get(PHOTO, c.auth()).status()).isEqualTo(404);
    }

    @Test
    void acceptsAJpegSentWithAnotherContentTypeOrFileName() {
        Registered c = TestCandidates.register(api, "刘洋");

        Reply reply = api.putMultipart(PHOTO, "file", "photo.png", "image/png", TestImages.jpeg(295, 413), c.auth());

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    }

    @Test
    void refusesAJpegOfAnotherPixelSizeSayingWhatWasFoundAndWhatIsRequired() {
        Registered c = TestCandidates.register(api, "陈静");

        Reply wrong = api.putMultipart(PHOTO, "file", "me.jpg", "image/jpeg", TestImages.jpeg(300, 400), c.auth());
        Reply swapped = api.putBytes(PHOTO, TestImages.jpeg(413, 295), "image/jpeg", c.auth());

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.field()).isEqualTo("file");
        assertThat(wrong.rule()).isEqualTo("photo.dimensions");
        assertThat(wrong.json().path("detail").asString()).contains("300x400").contains("295x413");
        assertThat(swapped.rule()).isEqualTo("photo.dimensions");
    }

    @Test
    void refusesAnUploadLargerThanTheLimitAsRawBodyOrMultipart() {
        Registered c = TestCandidates.register(api, "杨光");
        byte[] huge = new byte[2 * 1024 * 1024 + 1];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;

        Reply raw = api.putBytes(PHOTO, huge, "image/jpeg", c.auth());
        Reply multipart = api.putMultipart(PHOTO, "file", "big.jpg", "image/jpeg", huge, c.auth());

        assertThat(raw.status()).isEqualTo(413);
        assertThat(raw.rule()).isEqualTo("upload.size");
        assertThat(multipart.status()).isEqualTo(413);
        assertThat(multipart.rule()).isEqualTo("upload.size");
    }

    @Test
    void refusesAnEmptyUploadAndAnswers404BeforeAnyPhoto() {
        Registered c = TestCandidates.register(api, "赵敏");

        Reply empty = api.putBytes(PHOTO, new byte[0], "image/jpeg", c.auth());
        Reply wrongPart =
                api.putMultipart(PHOTO, "picture", "me.jpg", "image/jpeg", TestImages.jpeg(295, 413), c.auth());
        Reply none = api.get(PHOTO, c.auth());

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.rule()).isEqualTo("photo.required");
        assertThat(wrongPart.rule()).isEqualTo("photo.required");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.contentType()).startsWith("application/problem+json");
    }
}
