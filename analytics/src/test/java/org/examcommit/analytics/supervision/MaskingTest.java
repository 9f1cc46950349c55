package org.examcommit.analytics.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void namesKeepTheirFirstCharacterCountingCodePointsAndMiddleDots() {
        assertThat(Masking.name("张三")).isEqualTo("张*");
        assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧***");
        assertThat(Masking.name("阿依·买买提")).isEqualTo("阿*****");
        assertThat(Masking.name("𠀋一")).isEqualTo("𠀋*");
        assertThat(Masking.name("张")).isEqualTo("*");
    }

    @Test
    void idNumbersAndPhonesKeepTheirEnds() {
        assertThat(Masking.idNumber("110101199003071234")).isEqualTo("110101********1234");
        assertThat(Masking.phone("13800001111")).isEqualTo("138****1111");
        assertThat(Masking.idNumber("12345")).isEqualTo("*****");
    }
}
