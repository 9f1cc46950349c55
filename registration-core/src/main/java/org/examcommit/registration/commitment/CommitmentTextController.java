package org.examcommit.registration.commitment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.examcommit.registration.system.RuleViolationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The commitment text, by version: what a candidate reads before signing (no sign-in needed). */
@RestController
@RequestMapping("/api/commitment-texts")
@Tag(name = "Commitment text", description = "The versioned text of the commitment a candidate signs")
class CommitmentTextController {

    private final CommitmentTexts texts;

    CommitmentTextController(CommitmentTexts texts) {
        this.texts = texts;
    }

    @Operation(
            summary = "The commitment text in force now",
            description = "Sign it by sending its version as commitment.textVersion.")
    @GetMapping("/current")
    CommitmentTexts.CommitmentText current() {
        return texts.current(Instant.now())
                .orElseThrow(() -> RuleViolationException.notFound(null, "No commitment text is in force yet"));
    }

    @Operation(summary = "One version of the commitment text (404 for an unknown version)")
    @GetMapping("/{version}")
    CommitmentTexts.CommitmentText version(@PathVariable String version) {
        return texts.find(version.strip())
                .orElseThrow(() -> RuleViolationException.notFound("version", "No commitment text of this version"));
    }
}
