package org.examcommit.batch.verification.checks;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.examcommit.contract.EducationRow;
import org.examcommit.contract.EligibilityOutcome;
import org.examcommit.contract.IntegrityBar;
import org.examcommit.contract.Outcome;
import org.examcommit.contract.ReasonCode;

/** Runs every check of one application: identity, education, degree, work months, eligibility, archive, route. */
public final class ApplicationVerifier {

    private final Eligibility eligibility;
    private final LocalDate runDate;
    private final YearMonth snapshotLastMonth;

    /**
     * @param runDate the night's run date (archive records end relative to it)
     * @param snapshotLastMonth the latest month of the social-insurance snapshot, null when none was imported
     */
    public ApplicationVerifier(Eligibility eligibility, LocalDate runDate, YearMonth snapshotLastMonth) {
        this.eligibility = eligibility;
        this.runDate = runDate;
        this.snapshotLastMonth = snapshotLastMonth;
    }

    public VerificationOutcome verify(ApplicationFacts facts) {
        Candidate candidate = facts.candidate();
        List<Outcome> educationRows = new ArrayList<>();
        List<Outcome> degreeRows = new ArrayList<>();
        List<EducationRow> claimed = new ArrayList<>();
        List<EducationRow> verified = new ArrayList<>();
        boolean nameChanged = false;
        for (EducationEvidence row : facts.education()) {
            EducationRow claim = row.claim();
            Outcome education = EducationCheck.row(candidate, claim, row.registry());
            educationRows.add(education);
            claimed.add(claim);
            if (education == Outcome.PASS) {
                verified.add(claim);
            }
            nameChanged |= NameChange.passedUnderAnotherName(candidate, claim, education);
            if (claim.claimsDegree()) {
                Outcome degree = DegreeCheck.row(candidate, claim, row.degreeRegistry());
                degreeRows.add(degree);
                nameChanged |= NameChange.passedUnderAnotherName(candidate, claim, degree);
            }
        }
        int claimedMonths = SocialWorkMonths.claimed(facts.jobs(), facts.examYear());
        int evidencedMonths =
                SocialWorkMonths.evidenced(facts.jobs(), facts.spans(), snapshotLastMonth, facts.examYear());
        EligibilityOutcome eligible =
                eligibility.decide(facts.examCode(), facts.level(), verified, evidencedMonths, claimed, claimedMonths);
        Routing.Facts routing = new Routing.Facts(
                facts.commitment(),
                IdentityCheck.check(candidate, facts.identityRegistryName()),
                EducationCheck.overall(educationRows),
                DegreeCheck.overall(degreeRows),
                eligible,
                nameChanged,
                IntegrityBar.bars(facts.archive(), runDate));
        Set<ReasonCode> reasons = Routing.reasons(routing);
        boolean socialWorkMajor = verified.stream().anyMatch(claim -> SocialWorkMajor.isSocialWork(claim.major()));
        return new VerificationOutcome(
                facts.applicationId(),
                routing.identity(),
                routing.education(),
                routing.degree(),
                socialWorkMajor,
                claimedMonths,
                evidencedMonths,
                eligible,
                Routing.route(reasons),
                reasons);
    }
}
