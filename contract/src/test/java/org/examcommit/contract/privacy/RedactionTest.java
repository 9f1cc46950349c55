package org.examcommit.contract.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void masksEveryIdNumberInAText() {
        assertThat(Redaction.mask("holder 11010119900307123X and 110101199003074514 differ"))
                .isEqualTo("holder 110101********123X and 110101********4514 differ");
    }

    @Test
    void masksALowerCaseCheckCharacterToo() {
        assertThat(Redaction.mask("id 11010119900307123x")).isEqualTo("id 110101********123x");
    }

    @Test
    void masksMobilePhones() {
        assertThat(Redaction.mask("phone 13800138000.")).isEqualTo("phone 138****8000.");
    }

    @Test
    void leavesLongerDigitRunsAndApplicationIdsAlone() {
        assertThat(Redaction.mask("application A000123 certificate 0001234567890123456789"))
                .isEqualTo("application A000123 certificate 0001234567890123456789");
    }

    @Test
    void keepsOnlyTheFirstLine() {
        assertThat(Redaction.firstLine("first 13800138000\nsecond")).isEqualTo("first 138****8000");
    }

    @Test
    void joinsLinesForAnImportMessage() {
        assertThat(Redaction.oneLine("Failing row\n  contains (11010119900101004X)"))
                .isEqualTo("Failing row contains (110101********004X)");
        assertThat(Redaction.oneLine(null)).isEmpty();
    }

    @Test
    void namesTheRootCauseMasked() {
        Exception e = new IllegalStateException("wrapper", new IllegalArgumentException("phone 13800138000 taken"));
        assertThat(Redaction.rootMessage(e)).isEqualTo("phone 138****8000 taken");
    }

    @Test
    void givesTheOperatorOneShortMaskedLineWithTheCause() {
        Exception e = new IllegalStateException("night failed", new RuntimeException("row\t11010119900307123X\nbad"));
        assertThat(Redaction.forOperator(e)).isEqualTo("night failed (cause: row 110101********123X bad)");
        assertThat(Redaction.forOperator(new RuntimeException("x".repeat(600)))).hasSize(503);
    }
}
