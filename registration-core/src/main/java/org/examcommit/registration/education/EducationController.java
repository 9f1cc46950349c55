package org.examcommit.registration.education;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.examcommit.contract.EducationRow;
import org.examcommit.registration.system.CurrentUser;
import org.examcommit.registration.system.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in candidate's education rows: at most five, added in order, never deleted. */
@RestController
@RequestMapping("/api/candidates/me/education")
@Tag(name = "Candidate education", description = "Add and list your education rows (at most 5, never deleted)")
@SecurityRequirement(name = "bearer")
class EducationController {

    private static final Logger log = LoggerFactory.getLogger(EducationController.class);

    private final EducationStore store;

    EducationController(EducationStore store) {
        this.store = store;
    }

    @Operation(summary = "Add an education row (seq 1..5 assigned in order)")
    @ApiResponse(responseCode = "201", description = "Added; the body is the row with its seq")
    @ApiResponse(responseCode = "400", description = "A field breaks its rule (problem detail names field and rule)")
    @ApiResponse(responseCode = "422", description = "Already five rows (rule education.max-rows)")
    @PostMapping
    ResponseEntity<EducationRow> add(@RequestBody EducationClaim claim, Authentication auth) {
        String candidateId = CurrentUser.candidateId(auth);
        EducationRow row = store.add(candidateId, claim);
        log.info("Candidate {} added education row {}", candidateId, row.seq());
        return ResponseEntity.created(URI.create("/api/candidates/me/education"))
                .body(row);
    }

    @Operation(summary = "Your education rows in seq order")
    @GetMapping
    List<EducationRow> list(Authentication auth) {
        return store.list(CurrentUser.candidateId(auth));
    }

    @Operation(summary = "Always refused: education rows cannot be deleted (rule education.no-delete)")
    @ApiResponse(responseCode = "422", description = "Refused with rule education.no-delete")
    @DeleteMapping({"", "/{seq}"})
    void delete(Authentication auth) {
        CurrentUser.candidateId(auth);
        throw RuleViolationException.refused(
                "seq",
                "education.no-delete",
                "Education rows cannot be deleted; they are kept as entered for verification");
    }
}
