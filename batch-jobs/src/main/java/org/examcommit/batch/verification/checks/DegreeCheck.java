package org.examcommit.batch.verification.checks;

import java.util.List;
import org.examcommit.contract.EducationRow;
import org.examcommit.contract.Outcome;

/** The degree check over the rows that claim a degree (degree not null and not NONE). */
public final class DegreeCheck {

    private DegreeCheck() {}

    /**
     * One row that claims a degree: UNVERIFIABLE without a degree_certificate_no or without a registry
     * record; otherwise PASS when holder, name, degree, school and major match, else FAIL.
     */
    public static Outcome row(Candidate candidate, EducationRow claim, DegreeRecord record) {
        if (claim.degreeCertificateNo() == null || claim.degreeCertificateNo().isBlank() || record == null) {
            return Outcome.UNVERIFIABLE;
        }
        boolean matches = TextNormaliser.sameCode(record.idNumber(), candidate.idNumber())
                && TextNormaliser.same(record.name(), claim.nameOnCertificate())
                && TextNormaliser.sameCode(
                        record.degree(),
                        claim.degree() == null ? null : claim.degree().code())
                && TextNormaliser.same(record.school(), claim.school())
                && TextNormaliser.same(record.major(), claim.major());
        return matches ? Outcome.PASS : Outcome.FAIL;
    }

    /** The worst of the claimed rows' outcomes; NOT_CLAIMED when no row claims a degree. */
    public static Outcome overall(List<Outcome> claimedRows) {
        return Outcome.worst(claimedRows, Outcome.NOT_CLAIMED);
    }
}
