package org.examcommit.batch.verification.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {

    @Test
    void trimsSurroundingWhitespaceIncludingIdeographicSpace() {
        assertThat(TextNormaliser.same("  张三\u3000", "张三")).isTrue();
    }

    @Test
    void foldsFullWidthLettersAndDigitsByNfkc() {
        assertThat(TextNormaliser.same("ＡＢＣ大学１", "ABC大学1")).isTrue();
    }

    @Test
    void takesTheThreeMiddleDotsAsOneCharacter() {
        assertThat(TextNormaliser.same("阿依古丽·买买提", "阿依古丽•买买提")).isTrue();
        assertThat(TextNormaliser.same("阿依古丽・买买提", "阿依古丽·买买提")).isTrue();
    }

    @Test
    void takesTheNfkcFormsOfTheMiddleDotsAsTheSameCharacter() {
        assertThat(TextNormaliser.same("阿依古丽\uFF65买买提", "阿依古丽·买买提")).isTrue();
        assertThat(TextNormaliser.same("阿依古丽\u0387买买提", "阿依古丽·买买提")).isTrue();
    }

    @Test
    void keepsAnotherDotLikeCharacterDistinct() {
        assertThat(TextNormaliser.same("阿依古丽.买买提", "阿依古丽·买买提")).isFalse();
    }

    @Test
    void keepsADotFromBeingDroppedAltogether() {
        assertThat(TextNormaliser.same("阿依古丽买买提", "阿依古丽·买买提")).isFalse();
    }

    @Test
    void comparesNamesCaseSensitively() {
        assertThat(TextNormaliser.same("Ma Li", "ma li")).isFalse();
    }

    @Test
    void neverMatchesAMissingText() {
        assertThat(TextNormaliser.same(null, null)).isFalse();
        assertThat(TextNormaliser.normalise(null)).isNull();
    }

    @Test
    void comparesIdentifiersIgnoringTheCaseOfTheCheckCharacter() {
        assertThat(TextNormaliser.sameCode("11010119900307123x", "11010119900307123X"))
                .isTrue();
    }
}
