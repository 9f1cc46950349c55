package org.examcommit.registration.work;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void acceptsEighteenCharactersOfTheCodeAlphabet() {
        assertThat(CreditCode.isValid("91110000600037341L")).isTrue();
        assertThat(CreditCode.isValid("52110105MJ0000001K")).isTrue();
    }

    @Test
    void refusesTheLettersIOZSV() {
        for (char c : "IOZSV".toCharArray()) {
            assertThat(CreditCode.problem("9111000060003734" + c + "L"))
                    .as("%s", c)
                    .isPresent();
        }
    }

    @Test
    void refusesWrongLengthLowerCaseAndNonAscii() {
        assertThat(CreditCode.problem("9111000060003734"))
                .hasValueSatisfying(r -> assertThat(r).contains("18"));
        assertThat(CreditCode.isValid("91110000600037341l")).isFalse();
        assertThat(CreditCode.isValid("９1110000600037341L")).isFalse();
        assertThat(CreditCode.normalise(" 91110000600037341l ")).isEqualTo("91110000600037341L");
    }

    @Test
    void neverRepeatsTheValueInItsReason() {
        assertThat(CreditCode.problem("91110000600037341O"))
                .hasValueSatisfying(r -> assertThat(r).doesNotContain("91110000"));
    }
}
