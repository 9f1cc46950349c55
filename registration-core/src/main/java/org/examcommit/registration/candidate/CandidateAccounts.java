package org.examcommit.registration.candidate;

import java.time.Instant;
import org.examcommit.registration.application.Application;
import org.examcommit.registration.application.ApplicationRules;
import org.examcommit.registration.application.ApplicationStatus;
import org.examcommit.registration.application.Applications;
import org.examcommit.registration.system.RuleViolationException;
import org.examcommit.registration.system.TokenService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account rules of a change to the own account: the id_number never changes, name, phone and password
 * follow the registration rules, a new password needs the current one and ends every session, a phone belongs
 * to one account.
 */
@Service
class CandidateAccounts {

    private static final Logger log = LoggerFactory.getLogger(CandidateAccounts.class);

    private final CandidateStore store;
    private final PasswordEncoder encoder;
    private final TokenService tokens;
    private final Applications applications;

    CandidateAccounts(CandidateStore store, PasswordEncoder encoder, TokenService tokens, Applications applications) {
        this.store = store;
        this.encoder = encoder;
        this.tokens = tokens;
        this.applications = applications;
    }

    /** Applies a change (absent fields stay) and returns the account as it is now. */
    @Transactional
    CandidateStore.Account change(String candidateId, ChangeRequest request) {
        if (request.idNumber() != null) {
            throw RuleViolationException.badInput(
                    "idNumber", "idNumber.immutable", "The id_number of an account cannot be changed");
        }
        String name = request.name() == null ? null : CandidateRules.name(request.name());
        String phone = request.phone() == null ? null : CandidateRules.phone(request.phone());
        String hash = null;
        String password = request.password() == null ? null : CandidateRules.password(request.password());
        if (password != null || phone != null) {
            // the phone is a log-in name and where the exam authority reaches the candidate: a stolen
            // token must not be enough to take it over
            String current = store.passwordHash(candidateId).orElseThrow(CandidateAccounts::notFound);
            if (request.currentPassword() == null || !encoder.matches(request.currentPassword(), current)) {
                throw new RuleViolationException(
                        RuleViolationException.Kind.FORBIDDEN,
                        "currentPassword",
                        "password.current-mismatch",
                        "currentPassword is missing or wrong (a new password or phone needs it)");
            }
        }
        if (password != null) {
            hash = encoder.encode(password);
        }
        if (phone != null && store.phoneTaken(phone, candidateId)) {
            throw phoneTaken();
        }
        CandidateStore.Account before = account(candidateId);
        try {
            store.update(candidateId, name, phone, hash);
            if (name != null && !name.equals(before.name())) {
                backToVerification(candidateId);
            }
            if (hash != null) {
                // A new password ends every session signed in with the old one.
                tokens.revokeAll(candidateId);
            }
        } catch (DuplicateKeyException e) {
            // Another account took the phone between the check and the update.
            throw phoneTaken();
        }
        log.info(
                "Candidate {} changed{}{}{}",
                candidateId,
                name == null ? "" : " name",
                phone == null ? "" : " phone",
                hash == null ? "" : " password");
        return account(candidateId);
    }

    /** Applications verified under the former name are verified again, each with a timeline event. */
    private void backToVerification(String candidateId) {
        Instant now = Instant.now();
        for (Application a : applications.ofCandidate(candidateId)) {
            if (ApplicationRules.backToVerificationAfterNameChange(a.status())) {
                applications.transition(
                        a.applicationId(),
                        ApplicationStatus.AWAITING_ONLINE_VERIFICATION,
                        "The candidate's name changed after " + a.status()
                                + ": back to the online verification under the new name",
                        candidateId,
                        now);
            }
        }
    }

    private CandidateStore.Account account(String candidateId) {
        return store.find(candidateId).orElseThrow(CandidateAccounts::notFound);
    }

    static RuleViolationException phoneTaken() {
        return RuleViolationException.conflict(
                "phone", "candidate.phone-taken", "An account with this phone already exists");
    }

    static RuleViolationException notFound() {
        return RuleViolationException.notFound(null, "No such candidate account");
    }
}
