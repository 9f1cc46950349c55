package org.examcommit.batch.verification.checks;

import java.util.List;
import org.examcommit.contract.EducationRow;
import org.examcommit.contract.Outcome;

/** The education check: each row against the education registry, the worst row deciding. */
public final class EducationCheck {

    private EducationCheck() {}

    /** One row: holder id_number, name_on_certificate, school, major, level and graduation_date must all match. */
    public static Outcome row(Candidate candidate, EducationRow claim, EducationRecord record) {
        if (record == null) {
            return Outcome.UNVERIFIABLE;
        }
        boolean matches = TextNormaliser.sameCode(record.idNumber(), candidate.idNumber())
                && TextNormaliser.same(record.name(), claim.nameOnCertificate())
                && TextNormaliser.same(record.school(), claim.school())
                && TextNormaliser.same(record.major(), claim.major())
                && TextNormaliser.sameCode(record.level(), claim.level().name())
                && claim.graduationDate().equals(record.graduationDate());
        return matches ? Outcome.PASS : Outcome.FAIL;
    }

    /** The worst of the rows' outcomes (FAIL, then UNVERIFIABLE, then PASS); UNVERIFIABLE with no rows. */
    public static Outcome overall(List<Outcome> rows) {
        return Outcome.worst(rows, Outcome.UNVERIFIABLE);
    }
}
