package org.examcommit.registration.officer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.examcommit.registration.application.ApplicationView;
import org.examcommit.registration.application.Applications;
import org.examcommit.registration.system.CurrentUser;
import org.examcommit.registration.system.RuleViolationException;
import org.examcommit.registration.system.TextBounds;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Officers' actions (role OFFICER): the on-site verification queue, on-site results, findings, dispositions, notes
 * and the audit trail. Every action that changes an application needs a reason.
 */
@RestController
@RequestMapping("/api/officer")
@Tag(name = "Officers", description = "Role OFFICER: on-site verification, findings, dispositions, audit trail")
@SecurityRequirement(name = "bearer")
class OfficerController {

    private final OfficerService officers;
    private final Findings findings;
    private final OfficerAudit audit;
    private final Applications applications;
    private final OnsiteQueue onsiteQueue;
    private final OfficerNotes notes;
    private final JdbcClient jdbc;

    OfficerController(
            OfficerService officers,
            Findings findings,
            OfficerAudit audit,
            Applications applications,
            OnsiteQueue onsiteQueue,
            OfficerNotes notes,
            JdbcClient jdbc) {
        this.officers = officers;
        this.findings = findings;
        this.audit = audit;
        this.applications = applications;
        this.onsiteQueue = onsiteQueue;
        this.notes = notes;
        this.jdbc = jdbc;
    }

    record OnsiteRequest(
            OfficerService.OnsiteResult result,
            @Size(max = TextBounds.REASON) String reason) {}

    record FindingRequest(
            @Size(max = TextBounds.CODE) String applicationId,
            @Size(max = TextBounds.CODE) String kind,
            @Size(max = TextBounds.DETAIL) String detail,
            @Size(max = TextBounds.REASON) String reason) {}

    record DecisionRequest(@Size(max = TextBounds.REASON) String reason) {}

    record NoteRequest(@Size(max = TextBounds.DETAIL) String text) {}

    @Operation(
            summary = "The applications awaiting on-site verification, a page at a time",
            description = "Status ONSITE_REQUIRED, by application id after `after` (at most 200 per page, `limit`), "
                    + "optionally of one exam and province: the candidate's name, masked id_number, photo link, "
                    + "education and work rows, and the reasons of the latest night that listed it "
                    + "(onsite_verification_list; empty when it needs on-site verification for another cause, "
                    + "e.g. a withdrawn commitment).")
    @GetMapping("/onsite-verifications")
    List<OnsiteQueue.Entry> onsiteQueue(
            @RequestParam(required = false) @Size(max = TextBounds.CODE) String examCode,
            @RequestParam(required = false) @Size(max = TextBounds.CODE) String provinceCode,
            @Parameter(description = "the last application id of the previous page")
                    @RequestParam(required = false)
                    @Size(max = TextBounds.CODE)
                    String after,
            @RequestParam(defaultValue = "" + OnsiteQueue.PAGE) int limit) {
        return onsiteQueue.page(blankToNull(examCode), blankToNull(provinceCode), blankToNull(after), limit);
    }

    @Operation(summary = "A candidate's registration photo (image/jpeg), for the on-site verification")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")))
    @GetMapping(
            value = "/candidates/{candidateId}/photo",
            produces = {MediaType.IMAGE_JPEG_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<byte[]> photo(@PathVariable String candidateId) {
        byte[] content = jdbc.sql("SELECT content FROM candidate_photos WHERE candidate_id = ?")
                .param(candidateId)
                .query(byte[].class)
                .optional()
                .orElseThrow(() -> RuleViolationException.notFound("candidateId", "This candidate has no photo"));
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.noStore())
                .body(content);
    }

    @Operation(summary = "Add a note to an application: for officers only, never shown to the candidate")
    @PostMapping("/applications/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    OfficerNotes.Note addNote(@PathVariable String id, @RequestBody NoteRequest request, Authentication auth) {
        return notes.add(CurrentUser.officer(auth), id, request.text(), Instant.now());
    }

    @Operation(summary = "The officers' notes on an application, oldest first")
    @GetMapping("/applications/{id}/notes")
    List<OfficerNotes.Note> notes(@PathVariable String id) {
        return notes.of(id);
    }

    @Operation(summary = "Any application with its full status history")
    @GetMapping("/applications/{id}")
    ApplicationView application(@PathVariable String id) {
        return view(id);
    }

    @Operation(summary = "Record an on-site verification result: PASS -> VERIFIED, FAIL -> VOID (reason required)")
    @PostMapping("/applications/{id}/onsite-verification")
    ApplicationView onsite(@PathVariable String id, @RequestBody OnsiteRequest request, Authentication auth) {
        officers.onsite(CurrentUser.officer(auth), id, request.result(), request.reason(), Instant.now());
        return view(id);
    }

    @Operation(
            summary = "Record the disposition of a false commitment; writes the integrity record and its period",
            description =
                    "Needs findingId, a CONFIRMED finding about this application (400 disposition.finding-required, "
                            + "404 for another application's finding, 422 disposition.finding-not-confirmed). "
                            + "REGISTRATION_VOID before the exam, SCORES_VOID after it, CERTIFICATE_VOID after certification "
                            + "(422 disposition.stage-mismatch otherwise).")
    @PostMapping("/applications/{id}/disposition")
    @ResponseStatus(HttpStatus.CREATED)
    OfficerService.DispositionRecord dispose(
            @PathVariable String id, @RequestBody DispositionRequest request, Authentication auth) {
        return officers.dispose(CurrentUser.officer(auth), id, request, Instant.now());
    }

    @Operation(
            summary = "The findings queue, optionally by status (OPEN, CONFIRMED, DISMISSED), kind and application",
            description = "An unknown status or kind answers 400 naming the allowed ones.")
    @GetMapping("/findings")
    List<Findings.Finding> findings(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String applicationId) {
        return findings.list(status, kind, applicationId);
    }

    @Operation(
            summary = "Open a finding about an application",
            description = "kind is one of the fixed list: the smart-supervision patterns of DATA-CONTRACT §3, "
                    + "RANDOM_CHECK, ONSITE_FAIL, REPORT (400 otherwise).")
    @PostMapping("/findings")
    @ResponseStatus(HttpStatus.CREATED)
    Findings.Finding open(@RequestBody FindingRequest request, Authentication auth) {
        if (request.applicationId() == null || request.applicationId().isBlank()) {
            throw RuleViolationException.badInput(
                    "applicationId", "finding.application-required", "applicationId is required");
        }
        return findings.open(
                CurrentUser.officer(auth),
                request.applicationId().strip(),
                request.kind(),
                request.detail(),
                request.reason(),
                Instant.now());
    }

    @Operation(summary = "Confirm an open finding")
    @PostMapping("/findings/{id}/confirm")
    Findings.Finding confirm(@PathVariable long id, @RequestBody DecisionRequest request, Authentication auth) {
        return findings.decide(CurrentUser.officer(auth), id, true, request.reason(), Instant.now());
    }

    @Operation(summary = "Dismiss an open finding")
    @PostMapping("/findings/{id}/dismiss")
    Findings.Finding dismiss(@PathVariable long id, @RequestBody DecisionRequest request, Authentication auth) {
        return findings.decide(CurrentUser.officer(auth), id, false, request.reason(), Instant.now());
    }

    @Operation(summary = "The audit trail of one target (an application id), or the latest 500 entries")
    @GetMapping("/audit")
    List<OfficerAudit.Entry> audit(
            @Parameter(description = "an application id") @RequestParam(required = false) String target) {
        return audit.entries(target);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private ApplicationView view(String id) {
        Applications.Located located = applications
                .find(id, false)
                .orElseThrow(() -> RuleViolationException.notFound("id", "No application with this id"));
        return ApplicationView.of(located.application(), applications.history(id));
    }
}
