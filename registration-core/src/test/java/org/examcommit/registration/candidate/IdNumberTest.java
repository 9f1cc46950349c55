package org.examcommit.registration.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdNumberTest {

    @Test
    void acceptsAValidNumberWithCheckCharacterX() {
        IdNumber id = IdNumber.parse("11010519491231002X");
        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.provinceCode()).isEqualTo("11");
    }

    @Test
    void normalisesLowerCaseXAndSurroundingSpaces() {
        assertThat(IdNumber.parse(" 11010519491231002x ").value()).isEqualTo("11010519491231002X");
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertThat(IdNumber.problem("110105194912310021"))
                .hasValueSatisfying(r -> assertThat(r).contains("check character"));
    }

    @Test
    void refusesAnImpossibleBirthDate() {
        String first17 = "11010519490230002";
        assertThat(IdNumber.problem(first17 + IdNumber.checkCharacter(first17)))
                .hasValueSatisfying(r -> assertThat(r).contains("birth date"));
    }

    @Test
    void refusesAnUnknownRegion() {
        String first17 = "99010519491231002";
        assertThat(IdNumber.problem(first17 + IdNumber.checkCharacter(first17)))
                .hasValueSatisfying(r -> assertThat(r).contains("region"));
    }

    @Test
    void refusesWrongLengthAndFullWidthDigits() {
        assertThat(IdNumber.problem("1101051949123100")).isPresent();
        assertThat(IdNumber.problem("１1010519491231002X")).isPresent();
    }

    @Test
    void errorsAndToStringNeverCarryTheNumber() {
        assertThatThrownBy(() -> IdNumber.parse("110105194912310021")).hasMessageNotContaining("110105194912310021");
        assertThat(IdNumber.parse("11010519491231002X").toString()).isEqualTo("110105********002X");
    }
}
