package org.examcommit.registration.candidate;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import org.examcommit.contract.privacy.Masking;
import org.examcommit.registration.system.CurrentUser;
import org.examcommit.registration.system.RuleViolationException;
import org.examcommit.registration.system.TextBounds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Candidate accounts: registration (open to anyone) and the signed-in candidate's own account. There is
 * no endpoint naming a candidate: the candidate is always the principal.
 */
@RestController
@RequestMapping("/api/candidates")
@Tag(name = "Candidate account", description = "Register, read and change your own account")
@SecurityScheme(
        name = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "The token from POST /api/auth/login")
class CandidateController {

    private static final Logger log = LoggerFactory.getLogger(CandidateController.class);
    private static final int INSERT_ATTEMPTS = 3;

    private final CandidateStore store;
    private final PasswordEncoder encoder;
    private final CandidateAccounts accounts;

    CandidateController(CandidateStore store, PasswordEncoder encoder, CandidateAccounts accounts) {
        this.store = store;
        this.encoder = encoder;
        this.accounts = accounts;
    }

    /** A registration as the candidate sends it. */
    record RegistrationRequest(
            @Schema(
                    description = "18-character resident identity number (GB 11643); a lower-case x is accepted",
                    example = "11010519491231002X")
            @Size(max = TextBounds.CODE)
            String idNumber,

            @Schema(
                    description = "Name as on the identity card, any script, at most 50 characters",
                    example = "阿依古丽·买买提")
            @Size(max = CandidateRules.NAME_MAX)
            String name,

            @Schema(description = "11-digit mainland mobile number", example = "13800138000")
            @Size(max = TextBounds.CODE)
            String phone,

            @Schema(description = "At least 8 characters", example = "correct-horse-42")
            @Size(max = TextBounds.PASSWORD)
            String password) {
        @Override
        public String toString() {
            return "RegistrationRequest[masked]";
        }
    }

    /** The account as shown to its owner, id_number and phone masked (DATA-CONTRACT §5). */
    record CandidateView(
            String candidateId, String name, String idNumber, String phone, Instant registeredAt, boolean hasPhoto) {
        static CandidateView of(CandidateStore.Account a) {
            return new CandidateView(
                    a.candidateId(),
                    a.name(),
                    Masking.idNumber(a.idNumber()),
                    Masking.phone(a.phone()),
                    a.registeredAt(),
                    a.hasPhoto());
        }

        /**
         * The account as its owner reads it on {@code GET /me}: id_number and phone in full, so a candidate can check
         * what they entered. Only there: every other answer, log line and list masks them.
         */
        static CandidateView unmasked(CandidateStore.Account a) {
            return new CandidateView(
                    a.candidateId(), a.name(), a.idNumber(), a.phone(), a.registeredAt(), a.hasPhoto());
        }

        @Override
        public String toString() {
            return "CandidateView[" + candidateId + "]";
        }
    }

    @Operation(
            summary = "Register a candidate account (no sign-in needed)",
            description = "One account per id_number and one per phone: a 409 names the field that is taken.")
    @ApiResponse(responseCode = "201", description = "Registered; the body holds the candidate_id")
    @ApiResponse(responseCode = "400", description = "A field breaks its rule (problem detail names field and rule)")
    @ApiResponse(
            responseCode = "409",
            description = "The id_number (field idNumber) or phone (field phone) has an account")
    @PostMapping
    ResponseEntity<CandidateView> register(@RequestBody RegistrationRequest request) {
        CandidateRules.Registration r =
                CandidateRules.registration(request.idNumber(), request.name(), request.phone(), request.password());
        refuseTaken(r.idNumber().value(), r.phone(), "");
        String hash = encoder.encode(r.password());
        for (int attempt = 0; attempt < INSERT_ATTEMPTS; attempt++) {
            var created = store.insert(r, hash);
            if (created.isPresent()) {
                log.info(
                        "Registered candidate {} ({}, {})",
                        created.get(),
                        r.idNumber().masked(),
                        Masking.phone(r.phone()));
                return ResponseEntity.created(URI.create("/api/candidates/me"))
                        .body(CandidateView.of(store.find(created.get()).orElseThrow()));
            }
            // Lost a race with another registration of the same values, or the generated id was
            // already used by a back-filled candidate: say which, or try the next number.
            refuseTaken(r.idNumber().value(), r.phone(), "");
        }
        throw RuleViolationException.conflict(
                null, "candidate.id-exhausted", "Could not allocate a candidate_id; try again");
    }

    @Operation(
            summary = "Your own account, id_number and phone unmasked",
            description = "Only the signed-in candidate reads their own id_number and phone in full, here; the answer "
                    + "is not to be cached (Cache-Control: no-store). Every other answer masks them.")
    @SecurityRequirement(name = "bearer")
    @GetMapping("/me")
    ResponseEntity<CandidateView> me(Authentication auth) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(CandidateView.unmasked(account(CurrentUser.candidateId(auth))));
    }

    @Operation(
            summary = "Change your name, phone or password",
            description = "Same rules as at registration. A new password or phone needs currentPassword. The id_number "
                    + "cannot change. The answer masks id_number and phone (GET /me shows them).")
    @ApiResponse(responseCode = "409", description = "The new phone has another account (field phone)")
    @SecurityRequirement(name = "bearer")
    @PatchMapping("/me")
    CandidateView change(@RequestBody ChangeRequest request, Authentication auth) {
        return CandidateView.of(accounts.change(CurrentUser.candidateId(auth), request));
    }

    /**
     * Any path that names a candidate instead of {@code me}: there is no such endpoint, and the answer
     * does not tell whether that candidate exists.
     */
    @Hidden
    @RequestMapping({"/{candidateId}", "/{candidateId}/**"})
    void otherCandidate() {
        throw RuleViolationException.notFound(
                null, "No such resource; candidates reach their own data under /api/candidates/me");
    }

    private CandidateStore.Account account(String candidateId) {
        return store.find(candidateId).orElseThrow(CandidateAccounts::notFound);
    }

    private void refuseTaken(String idNumber, String phone, String exceptCandidateId) {
        if (store.idNumberTaken(idNumber)) {
            throw RuleViolationException.conflict(
                    "idNumber", "candidate.id-number-taken", "An account with this id_number already exists");
        }
        if (store.phoneTaken(phone, exceptCandidateId)) {
            throw CandidateAccounts.phoneTaken();
        }
    }
}
