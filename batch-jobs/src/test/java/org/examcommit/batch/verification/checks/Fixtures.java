package org.examcommit.batch.verification.checks;

import java.time.LocalDate;
import org.examcommit.contract.Degree;
import org.examcommit.contract.EducationLevel;
import org.examcommit.contract.EducationRow;

/** Small builders for the checks' tests: a candidate with one matching bachelor's row in social work. */
final class Fixtures {

    static final String ID = "11010119900307123X";
    static final Candidate CANDIDATE = new Candidate(ID, "张三");

    private Fixtures() {}

    static EducationRow claim() {
        return new EducationRow(
                1,
                EducationLevel.BACHELOR,
                "北京大学",
                "社会工作",
                LocalDate.of(2012, 7, 1),
                "E-001",
                Degree.BACHELOR,
                "D-001",
                "张三");
    }

    static EducationRecord matchingRecord() {
        return new EducationRecord(ID, "张三", "北京大学", "社会工作", "BACHELOR", LocalDate.of(2012, 7, 1));
    }

    static DegreeRecord matchingDegree() {
        return new DegreeRecord(ID, "张三", "BACHELOR", "北京大学", "社会工作");
    }

    static EducationRow withLevelAndMajor(EducationLevel level, String major) {
        EducationRow c = claim();
        return new EducationRow(
                c.seq(),
                level,
                c.school(),
                major,
                c.graduationDate(),
                c.certificateNo(),
                c.degree(),
                c.degreeCertificateNo(),
                c.nameOnCertificate());
    }

    static EducationRow withNameOnCertificate(String name) {
        EducationRow c = claim();
        return new EducationRow(
                c.seq(),
                c.level(),
                c.school(),
                c.major(),
                c.graduationDate(),
                c.certificateNo(),
                c.degree(),
                c.degreeCertificateNo(),
                name);
    }

    static EducationRow withDegree(String degree, String degreeCertificateNo) {
        EducationRow c = claim();
        return new EducationRow(
                c.seq(),
                c.level(),
                c.school(),
                c.major(),
                c.graduationDate(),
                c.certificateNo(),
                degree == null || degree.isBlank() ? null : Degree.fromCode(degree.strip()),
                degreeCertificateNo,
                c.nameOnCertificate());
    }
}
