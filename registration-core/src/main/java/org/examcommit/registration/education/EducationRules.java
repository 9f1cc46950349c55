package org.examcommit.registration.education;

import java.time.LocalDate;
import org.examcommit.contract.Degree;
import org.examcommit.contract.EducationLevel;
import org.examcommit.contract.EducationRow;
import org.examcommit.registration.candidate.CandidateRules;
import org.examcommit.registration.candidate.Fields;
import org.examcommit.registration.system.RuleViolationException;

/** What a candidate may add as education: at most five rows, never deleted, dates not in the future. */
public final class EducationRules {

    public static final int MAX_ROWS = 5;
    static final int TEXT_MAX = 100;
    static final int CERTIFICATE_MAX = 40;

    private EducationRules() {}

    /**
     * Checks a new row for a candidate who already has {@code existingRows} rows and returns it,
     * normalised, as row {@code existingRows + 1}.
     */
    public static EducationRow checkAdd(int existingRows, EducationClaim claim, String currentName, LocalDate today) {
        if (existingRows >= MAX_ROWS) {
            throw RuleViolationException.refused(
                    null,
                    "education.max-rows",
                    "A candidate has at most " + MAX_ROWS
                            + " education rows; rows cannot be deleted or added beyond that");
        }
        EducationLevel level = Fields.code("level", claim.level(), EducationLevel.class);
        String school = Fields.text("school", claim.school(), TEXT_MAX);
        String major = Fields.text("major", claim.major(), TEXT_MAX);
        LocalDate graduated =
                Fields.notInFuture("graduationDate", Fields.date("graduationDate", claim.graduationDate()), today);
        String certificateNo = certificateNo("certificateNo", claim.certificateNo());
        Degree degree = Fields.optionalCode("degree", claim.degree(), Degree.class);
        String degreeCertificateNo = claim.degreeCertificateNo() == null
                        || claim.degreeCertificateNo().isBlank()
                ? null
                : certificateNo("degreeCertificateNo", claim.degreeCertificateNo());
        if (degreeCertificateNo != null && (degree == null || degree == Degree.NONE)) {
            throw RuleViolationException.badInput(
                    "degreeCertificateNo",
                    "education.degree-certificate-without-degree",
                    "degreeCertificateNo is given but no degree is claimed; set degree to BACHELOR, MASTER or DOCTOR");
        }
        requireDegreeFitsLevel(level, degree);
        String nameOnCertificate =
                claim.nameOnCertificate() == null || claim.nameOnCertificate().isBlank()
                        ? currentName
                        : Fields.text("nameOnCertificate", claim.nameOnCertificate(), CandidateRules.NAME_MAX);
        return new EducationRow(
                existingRows + 1,
                level,
                school,
                major,
                graduated,
                certificateNo,
                degree,
                degreeCertificateNo,
                nameOnCertificate);
    }

    /**
     * A degree is awarded with an education of its level or above: no degree with HIGH_SCHOOL, SECONDARY_VOCATIONAL
     * or JUNIOR_COLLEGE, a MASTER degree only with MASTER or DOCTOR, a DOCTOR degree only with DOCTOR.
     */
    static void requireDegreeFitsLevel(EducationLevel level, Degree degree) {
        if (degree == null || degree == Degree.NONE) {
            return;
        }
        if (!level.meets(EducationLevel.valueOf(degree.name()))) {
            throw RuleViolationException.badInput(
                    "degree",
                    "education.degree-above-level",
                    "A " + degree + " degree is not awarded with a " + level + " education; check level and degree");
        }
    }

    /** Nobody graduates before being born (the birth date is the id_number's). */
    public static void requireAfterBirth(LocalDate graduated, LocalDate birth) {
        if (graduated.isBefore(birth)) {
            throw RuleViolationException.badInput(
                    "graduationDate",
                    "education.graduation-before-birth",
                    "graduationDate is before your birth date (from your id_number)");
        }
    }

    /**
     * A certificate number is an identifier, kept as a string (leading zeros matter): trimmed, ASCII
     * letters, digits and hyphens only (the contract makes non-ASCII digits in identifiers bad rows).
     */
    static String certificateNo(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw RuleViolationException.badInput(field, field + ".required", field + " is required");
        }
        String value = raw.strip();
        if (value.length() > CERTIFICATE_MAX || !value.chars().allMatch(EducationRules::certificateChar)) {
            throw RuleViolationException.badInput(
                    field,
                    field + ".format",
                    field + " must be at most " + CERTIFICATE_MAX + " ASCII letters, digits or hyphens");
        }
        return value;
    }

    private static boolean certificateChar(int c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-';
    }
}
