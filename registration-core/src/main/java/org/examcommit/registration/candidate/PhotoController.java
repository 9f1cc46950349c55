package org.examcommit.registration.candidate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.examcommit.registration.system.CurrentUser;
import org.examcommit.registration.system.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The signed-in candidate's registration photo: a JPEG of exactly 295x413 pixels. */
@RestController
@RequestMapping("/api/candidates/me/photo")
@Tag(name = "Candidate photo", description = "Upload and read your registration photo")
@SecurityRequirement(name = "bearer")
class PhotoController {

    private static final Logger log = LoggerFactory.getLogger(PhotoController.class);
    private static final String UPSERT = """
            INSERT INTO candidate_photos (candidate_id, content_type, width, height, content, uploaded_at)
            VALUES (:candidateId, 'image/jpeg', :width, :height, :content, now())
            ON CONFLICT (candidate_id) DO UPDATE
               SET content_type = excluded.content_type, width = excluded.width, height = excluded.height,
                   content = excluded.content, uploaded_at = excluded.uploaded_at
            RETURNING uploaded_at
            """;
    private static final String FIND = "SELECT content FROM candidate_photos WHERE candidate_id = ?";

    private final JdbcClient jdbc;
    private final PhotoProperties properties;

    PhotoController(JdbcClient jdbc, PhotoProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The stored photo's facts. */
    record PhotoView(int width, int height, int bytes, Instant uploadedAt) {}

    @Operation(
            summary = "Upload your photo as multipart/form-data (part 'file')",
            description =
                    "Only a JPEG of exactly 295x413 pixels; the format is judged from the bytes. Replaces an earlier photo.")
    @ApiResponse(
            responseCode = "400",
            description = "Not a JPEG (rule photo.format) or the wrong pixel size (rule photo.dimensions)")
    @ApiResponse(responseCode = "413", description = "Larger than examcommit.photo.max-size")
    @PutMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    PhotoView uploadForm(@RequestParam(name = "file", required = false) MultipartFile file, Authentication auth)
            throws IOException {
        String candidateId = CurrentUser.candidateId(auth);
        if (file == null || file.isEmpty()) {
            throw RuleViolationException.badInput(
                    "file", "photo.required", "Send the photo in the multipart part 'file'");
        }
        try (InputStream in = file.getInputStream()) {
            return store(candidateId, read(in));
        }
    }

    @Operation(
            summary = "Upload your photo as the raw request body (e.g. Content-Type: image/jpeg)",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = "image/jpeg",
                                            schema = @Schema(type = "string", format = "binary"))))
    @ApiResponse(
            responseCode = "400",
            description = "Not a JPEG (rule photo.format) or the wrong pixel size (rule photo.dimensions)")
    @PutMapping
    PhotoView uploadRaw(HttpServletRequest request, Authentication auth) throws IOException {
        String candidateId = CurrentUser.candidateId(auth);
        if (request.getContentLengthLong() > properties.maxSize().toBytes()) {
            throw tooLarge();
        }
        byte[] bytes = read(request.getInputStream());
        if (bytes.length == 0) {
            throw RuleViolationException.badInput("file", "photo.required", "The request body is empty; send the JPEG");
        }
        return store(candidateId, bytes);
    }

    @Operation(summary = "Your photo as image/jpeg")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "No photo uploaded yet")
    @GetMapping(produces = {MediaType.IMAGE_JPEG_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<byte[]> photo(Authentication auth) {
        String candidateId = CurrentUser.candidateId(auth);
        byte[] content = jdbc.sql(FIND)
                .param(candidateId)
                .query(byte[].class)
                .optional()
                .orElseThrow(() -> RuleViolationException.notFound("file", "No photo has been uploaded"));
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.noStore())
                .body(content);
    }

    private PhotoView store(String candidateId, byte[] bytes) {
        PhotoCheck.Jpeg jpeg = PhotoCheck.check(bytes);
        Instant at = jdbc.sql(UPSERT)
                .param("candidateId", candidateId)
                .param("width", jpeg.width())
                .param("height", jpeg.height())
                .param("content", bytes)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .single();
        log.info("Candidate {} uploaded a photo of {} bytes", candidateId, bytes.length);
        return new PhotoView(jpeg.width(), jpeg.height(), bytes.length, at);
    }

    /** Reads at most max-size bytes; one byte more means the upload is too large. */
    private byte[] read(InputStream in) throws IOException {
        long max = properties.maxSize().toBytes();
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
            throw tooLarge();
        }
        return bytes;
    }

    private RuleViolationException tooLarge() {
        return new RuleViolationException(
                RuleViolationException.Kind.TOO_LARGE,
                "file",
                "upload.size",
                "The photo is larger than " + properties.maxSize().toKilobytes() + " KB");
    }
}
