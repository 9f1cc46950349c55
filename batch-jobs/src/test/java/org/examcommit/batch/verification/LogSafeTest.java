package org.examcommit.batch.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSafeTest {

    @Test
    void masksEveryIdNumberInAText() {
        assertThat(LogSafe.mask("holder 11010119900307123X and 110101199003074514 differ"))
                .isEqualTo("holder 110101********123X and 110101********4514 differ");
    }

    @Test
    void masksALowerCaseCheckCharacterToo() {
        assertThat(LogSafe.mask("id 11010119900307123x")).isEqualTo("id 110101********123x");
    }

    @Test
    void masksMobilePhones() {
        assertThat(LogSafe.mask("phone 13800138000.")).isEqualTo("phone 138****8000.");
    }

    @Test
    void leavesLongerDigitRunsAndApplicationIdsAlone() {
        assertThat(LogSafe.mask("application A000123 certificate 0001234567890123456789"))
                .isEqualTo("application A000123 certificate 0001234567890123456789");
    }

    @Test
    void keepsOnlyTheFirstLine() {
        assertThat(LogSafe.oneLine("first 13800138000\nsecond")).isEqualTo("first 138****8000");
    }
}
