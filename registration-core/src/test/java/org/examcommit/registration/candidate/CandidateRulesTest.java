package org.examcommit.registration.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examcommit.registration.testsupport.Refusals.assertRefused;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class CandidateRulesTest {

    private static final String ID = "11010519491231002X";

    @Test
    void normalisesALowerCaseCheckCharacterX() {
        assertThat(CandidateRules.idNumber(" 11010519491231002x ").value()).isEqualTo(ID);
    }

    @Test
    void refusesAnInvalidIdNumberWithoutRepeatingIt() {
        assertRefused(() -> CandidateRules.idNumber("110105194912310021"), "idNumber", "idNumber.invalid")
                .hasMessageNotContaining("110105194912310021");
        assertRefused(() -> CandidateRules.idNumber(""), "idNumber", "idNumber.required");
    }

    @Test
    void keepsMiddleDotsAndCharactersOutsideTheBmp() {
        assertThat(CandidateRules.name("阿依古丽·买买提")).isEqualTo("阿依古丽·买买提");
        assertThat(CandidateRules.name("𠮷田")).isEqualTo("𠮷田");
    }

    @Test
    void composesDecomposedNamesAndTrimsThem() {
        String decomposed = Normalizer.normalize("Zoë", Normalizer.Form.NFD);

        assertThat(CandidateRules.name("\u3000" + decomposed + " ")).isEqualTo("Zoë");
    }

    @Test
    void countsNameLengthInCodePoints() {
        assertThat(CandidateRules.name("𠮷".repeat(50))).hasSize(100);
        assertRefused(() -> CandidateRules.name("𠮷".repeat(51)), "name", "name.too-long");
    }

    @Test
    void refusesEmptyNamesControlCharactersAndBrokenSurrogates() {
        assertRefused(() -> CandidateRules.name(null), "name", "name.required");
        assertRefused(() -> CandidateRules.name(" \t "), "name", "name.required");
        assertRefused(() -> CandidateRules.name("张\n三"), "name", "name.control-characters");
        assertRefused(() -> CandidateRules.name("张\u0000三"), "name", "name.control-characters");
        assertRefused(() -> CandidateRules.name("张\uD842三"), "name", "name.control-characters");
    }

    @Test
    void acceptsElevenDigitMobileNumbersOnly() {
        assertThat(CandidateRules.phone(" 13800138000 ")).isEqualTo("13800138000");
        assertRefused(() -> CandidateRules.phone("23800138000"), "phone", "phone.invalid");
        assertRefused(() -> CandidateRules.phone("1380013800"), "phone", "phone.invalid");
        assertRefused(() -> CandidateRules.phone(null), "phone", "phone.required");
    }

    @Test
    void needsAtLeastEightCharactersAndAtMost72BytesOfPassword() {
        assertThat(CandidateRules.password("密码密码密码密码")).isEqualTo("密码密码密码密码");
        assertRefused(() -> CandidateRules.password("1234567"), "password", "password.too-short");
        assertRefused(() -> CandidateRules.password("        "), "password", "password.required");
        assertRefused(() -> CandidateRules.password("密".repeat(25)), "password", "password.too-long");
    }

    @Test
    void aRegistrationPrintsOnlyMaskedValues() {
        var r = CandidateRules.registration(ID, "张三", "13800138000", "password-1");

        assertThat(r.toString())
                .doesNotContain(ID)
                .doesNotContain("13800138000")
                .doesNotContain("password-1")
                .contains("110105********002X")
                .contains("138****8000");
    }
}
