package org.examcommit.registration.work;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.examcommit.registration.system.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in candidate's work history: add and edit jobs. */
@RestController
@RequestMapping("/api/candidates/me/work")
@Tag(name = "Candidate work experience", description = "Add, edit and list your jobs")
@SecurityRequirement(name = "bearer")
class WorkController {

    private static final Logger log = LoggerFactory.getLogger(WorkController.class);

    private final WorkStore store;

    WorkController(WorkStore store) {
        this.store = store;
    }

    @Operation(summary = "Add a job (seq assigned in order)")
    @ApiResponse(responseCode = "201", description = "Added; the body is the job with its seq")
    @ApiResponse(responseCode = "400", description = "A field breaks its rule (problem detail names field and rule)")
    @PostMapping
    ResponseEntity<WorkRow> add(@RequestBody WorkClaim claim, Authentication auth) {
        String candidateId = CurrentUser.candidateId(auth);
        WorkRow row = store.add(candidateId, claim);
        log.info("Candidate {} added job {}", candidateId, row.seq());
        return ResponseEntity.created(URI.create("/api/candidates/me/work/" + row.seq()))
                .body(row);
    }

    @Operation(summary = "Replace your job seq with new values")
    @ApiResponse(responseCode = "404", description = "You have no job with this seq")
    @PutMapping("/{seq}")
    WorkRow replace(@PathVariable int seq, @RequestBody WorkClaim claim, Authentication auth) {
        String candidateId = CurrentUser.candidateId(auth);
        WorkRow row = store.replace(candidateId, seq, claim);
        log.info("Candidate {} changed job {}", candidateId, seq);
        return row;
    }

    @Operation(summary = "Your jobs in seq order")
    @GetMapping
    List<WorkRow> list(Authentication auth) {
        return store.list(CurrentUser.candidateId(auth));
    }
}
