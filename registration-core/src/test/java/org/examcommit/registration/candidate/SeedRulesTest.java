package org.examcommit.registration.candidate;

import static org.examcommit.registration.testsupport.Refusals.assertRefused;

import java.time.LocalDate;
import org.examcommit.registration.education.EducationClaim;
import org.examcommit.registration.education.EducationRules;
import org.examcommit.registration.work.WorkClaim;
import org.examcommit.registration.work.WorkRules;
import org.junit.jupiter.api.Test;

/** Rules the seeds state that were not enforced (issue 19): each refused naming the field and the rule. */
class SeedRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void refusesAnIdNumberWhoseBirthDateLiesInTheFuture() {
        String first17 = "11010520300101123";
        String id = first17 + IdNumber.checkCharacter(first17);

        assertRefused(
                () -> CandidateRules.registration(id, "张三", "13800138000", "long-enough-1", TODAY),
                "idNumber",
                "idNumber.birth-in-future");
        String born = "11010520261205123";
        CandidateRules.registration(born + IdNumber.checkCharacter(born), "张三", "13800138000", "long-enough-1", TODAY);
    }

    @Test
    void refusesAnEmployerCreditCodeWithAWrongCheckCharacter() {
        // 91110000600037341L is a real code; change its last character
        assertRefused(
                () -> WorkRules.check(1, new WorkClaim("E", "91110000600037341M", "2020-01-01", null, true), TODAY),
                "employerCreditCode",
                "employerCreditCode.check-character");
        WorkRules.check(1, new WorkClaim("E", "91110000600037341L", "2020-01-01", null, true), TODAY);
    }

    @Test
    void refusesADegreeAboveTheEducationLevel() {
        assertRefused(
                () -> EducationRules.checkAdd(0, claim("HIGH_SCHOOL", "DOCTOR"), "张三", TODAY),
                "degree",
                "education.degree-above-level");
        assertRefused(
                () -> EducationRules.checkAdd(0, claim("BACHELOR", "MASTER"), "张三", TODAY),
                "degree",
                "education.degree-above-level");
        EducationRules.checkAdd(0, claim("DOCTOR", "DOCTOR"), "张三", TODAY);
        EducationRules.checkAdd(0, claim("MASTER", "BACHELOR"), "张三", TODAY);
        EducationRules.checkAdd(0, claim("HIGH_SCHOOL", "NONE"), "张三", TODAY);
    }

    @Test
    void refusesAGraduationBeforeTheBirth() {
        assertRefused(
                () -> EducationRules.requireAfterBirth(LocalDate.of(1949, 7, 1), LocalDate.of(1949, 12, 31)),
                "graduationDate",
                "education.graduation-before-birth");
        EducationRules.requireAfterBirth(LocalDate.of(1970, 7, 1), LocalDate.of(1949, 12, 31));
    }

    private static EducationClaim claim(String level, String degree) {
        return new EducationClaim(level, "学校", "专业", "2015-07-01", "0012345", degree, null, null);
    }
}
