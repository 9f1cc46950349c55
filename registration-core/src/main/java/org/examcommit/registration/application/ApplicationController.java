package org.examcommit.registration.application;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.examcommit.registration.system.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A candidate's own applications: submit, read with history, pay, confirm. The candidate comes from the sign-in. */
@RestController
@RequestMapping("/api/applications")
@Tag(name = "Applications", description = "A signed-in candidate's own applications")
@SecurityRequirement(name = "bearer")
class ApplicationController {

    private final ApplicationService service;

    ApplicationController(ApplicationService service) {
        this.service = service;
    }

    @Operation(
            summary = "Apply for an exam, level and province, with or without the commitment",
            description =
                    "One application per candidate, exam and year (409 application.one-per-exam-year), only while "
                            + "the province's window is open (422 application.window-closed). A chosen commitment needs all four "
                            + "items true (400 commitment.item-required) and no barring integrity record (422 commitment.barred).")
    @ApiResponse(responseCode = "201", description = "Submitted; now AWAITING_ONLINE_VERIFICATION")
    @PostMapping
    ResponseEntity<ApplicationView> submit(@Valid @RequestBody SubmitRequest request, Authentication auth) {
        // microseconds, as PostgreSQL stores them, so the answer equals what a later read returns
        ApplicationView view = service.submit(
                CurrentUser.candidateId(auth), request, Instant.now().truncatedTo(ChronoUnit.MICROS));
        return ResponseEntity.created(URI.create("/api/applications/" + view.applicationId()))
                .body(view);
    }

    @Operation(summary = "The signed-in candidate's applications with their state")
    @GetMapping
    List<ApplicationView> mine(Authentication auth) {
        return service.mine(CurrentUser.candidateId(auth));
    }

    @Operation(summary = "One own application with its full status history and reasons (another candidate's: 404)")
    @GetMapping("/{id}")
    ApplicationView detail(@PathVariable String id, Authentication auth) {
        return service.detail(CurrentUser.candidateId(auth), id);
    }

    @Operation(summary = "Record the fee payment: only after verification passed and before the payment deadline")
    @PostMapping("/{id}/payment")
    ApplicationView pay(@PathVariable String id, @Valid @RequestBody PaymentRequest payment, Authentication auth) {
        String candidate = CurrentUser.candidateId(auth);
        service.pay(candidate, id, payment, Instant.now());
        return service.detail(candidate, id);
    }

    @Operation(
            summary = "Cancel your application before payment",
            description =
                    "Any state before payment; the application becomes CANCELLED with a timeline event and the night "
                            + "no longer verifies it. It still counts as the one application of its exam and year. A paid "
                            + "application answers 409 cancel.already-paid, a closed one (VOID, GIVEN_UP, CANCELLED) 409 "
                            + "cancel.closed.")
    @PostMapping("/{id}/cancel")
    ApplicationView cancel(@PathVariable String id, Authentication auth) {
        String candidate = CurrentUser.candidateId(auth);
        service.cancel(candidate, id, Instant.now());
        return service.detail(candidate, id);
    }

    @Operation(summary = "Confirm the application after verification passed (EXEMPT or VERIFIED)")
    @PostMapping("/{id}/confirm")
    ApplicationView confirm(@PathVariable String id, Authentication auth) {
        String candidate = CurrentUser.candidateId(auth);
        service.confirm(candidate, id, Instant.now());
        return service.detail(candidate, id);
    }
}
