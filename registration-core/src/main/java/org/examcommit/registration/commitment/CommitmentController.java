package org.examcommit.registration.commitment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.examcommit.registration.application.ApplicationView;
import org.examcommit.registration.application.Applications;
import org.examcommit.registration.system.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The candidate's commitment on an own application: choose it after submission, or withdraw it. */
@RestController
@RequestMapping("/api/applications/{id}/commitment")
@Tag(name = "Commitment", description = "The four-item commitment of a candidate's own application")
@SecurityRequirement(name = "bearer")
class CommitmentController {

    private final CommitmentService service;
    private final Applications applications;

    CommitmentController(CommitmentService service, Applications applications) {
        this.service = service;
        this.applications = applications;
    }

    @Operation(
            summary = "Commit after submission, acknowledging the four items",
            description = "Refused after a withdrawal (422 commitment.no-recommit), after payment or the registration "
                    + "deadline, and to a candidate with a barring integrity record (422 commitment.barred).")
    @PostMapping
    ApplicationView commit(@PathVariable String id, @RequestBody CommitmentRequest request, Authentication auth) {
        String candidate = CurrentUser.candidateId(auth);
        service.commit(candidate, id, request, Instant.now());
        return view(candidate, id);
    }

    @Operation(
            summary = "Withdraw the commitment: only before payment and before the registration deadline",
            description =
                    "Afterwards the commitment cannot be chosen again for this exam and year, and the application "
                            + "needs on-site verification.")
    @DeleteMapping
    ApplicationView withdraw(@PathVariable String id, Authentication auth) {
        String candidate = CurrentUser.candidateId(auth);
        service.withdraw(candidate, id, Instant.now());
        return view(candidate, id);
    }

    @Operation(summary = "Withdraw the commitment (the same as DELETE, for clients without DELETE)")
    @PostMapping("/withdraw")
    ApplicationView withdrawByPost(@PathVariable String id, Authentication auth) {
        return withdraw(id, auth);
    }

    private ApplicationView view(String candidate, String id) {
        return ApplicationView.of(applications.owned(candidate, id, false).application(), applications.history(id));
    }
}
