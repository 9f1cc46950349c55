package org.examcommit.registration.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examcommit.registration.testsupport.Refusals.assertRefused;

import java.time.LocalDate;
import org.examcommit.contract.Degree;
import org.examcommit.contract.EducationRow;
import org.junit.jupiter.api.Test;

class EducationRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    private static EducationClaim claim(
            String graduated, String degree, String degreeCertificateNo, String nameOnCertificate) {
        return new EducationClaim(
                "BACHELOR", " 北京大学 ", "社会工作", graduated, " 0012345 ", degree, degreeCertificateNo, nameOnCertificate);
    }

    @Test
    void givesTheNextSeqAndKeepsCertificateNumbersAsStrings() {
        EducationRow row = EducationRules.checkAdd(2, claim("2015-07-01", null, null, null), "张三", TODAY);

        assertThat(row.seq()).isEqualTo(3);
        assertThat(row.certificateNo()).isEqualTo("0012345");
        assertThat(row.school()).isEqualTo("北京大学");
        assertThat(row.degree()).isNull();
        assertThat(row.nameOnCertificate()).isEqualTo("张三");
    }

    @Test
    void acceptsTheFifthRowAndRefusesTheSixth() {
        assertThat(EducationRules.checkAdd(4, claim("2015-07-01", null, null, null), "张三", TODAY)
                        .seq())
                .isEqualTo(5);
        assertRefused(
                () -> EducationRules.checkAdd(5, claim("2015-07-01", null, null, null), "张三", TODAY),
                null,
                "education.max-rows");
    }

    @Test
    void acceptsGraduationTodayAndRefusesTomorrow() {
        assertThat(EducationRules.checkAdd(0, claim("2026-05-01", null, null, null), "张三", TODAY)
                        .graduationDate())
                .isEqualTo(TODAY);
        assertRefused(
                () -> EducationRules.checkAdd(0, claim("2026-05-02", null, null, null), "张三", TODAY),
                "graduationDate",
                "graduationDate.in-future");
    }

    @Test
    void acceptsADegreeWithOrWithoutItsCertificateNumber() {
        assertThat(EducationRules.checkAdd(0, claim("2015-07-01", "BACHELOR", null, null), "张三", TODAY)
                        .degree())
                .isEqualTo(Degree.BACHELOR);
        assertThat(EducationRules.checkAdd(0, claim("2015-07-01", "BACHELOR", "0100", "张·三"), "张三", TODAY))
                .satisfies(r -> {
                    assertThat(r.degreeCertificateNo()).isEqualTo("0100");
                    assertThat(r.nameOnCertificate()).isEqualTo("张·三");
                });
    }

    @Test
    void refusesADegreeCertificateWithoutADegree() {
        assertRefused(
                () -> EducationRules.checkAdd(0, claim("2015-07-01", "NONE", "0100", null), "张三", TODAY),
                "degreeCertificateNo",
                "education.degree-certificate-without-degree");
    }

    @Test
    void refusesCodesOutsideTheContractLists() {
        assertRefused(
                () -> EducationRules.checkAdd(
                        0, new EducationClaim("bachelor", "S", "M", "2015-07-01", "1", null, null, null), "张三", TODAY),
                "level",
                "level.code");
        assertRefused(
                () -> EducationRules.checkAdd(0, claim("2015-07-01", "PHD", null, null), "张三", TODAY),
                "degree",
                "degree.code");
    }

    @Test
    void refusesCertificateNumbersWithNonAsciiDigits() {
        assertRefused(
                () -> EducationRules.checkAdd(
                        0,
                        new EducationClaim("BACHELOR", "S", "M", "2015-07-01", "１２３", null, null, null),
                        "张三",
                        TODAY),
                "certificateNo",
                "certificateNo.format");
    }
}
