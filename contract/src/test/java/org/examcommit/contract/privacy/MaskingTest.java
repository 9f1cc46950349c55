package org.examcommit.contract.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void masksNamesByCodePoint() {
        assertThat(Masking.name("张三")).isEqualTo("张*");
        assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧***");
        assertThat(Masking.name("阿依古丽·买买提")).isEqualTo("阿*******");
        assertThat(Masking.name("𠀀三")).isEqualTo("𠀀*");
        assertThat(Masking.name("阿依·买买提")).isEqualTo("阿*****");
        assertThat(Masking.name("张")).isEqualTo("*");
    }

    @Test
    void masksIdNumberAndPhone() {
        assertThat(Masking.idNumber("110101199001011234")).isEqualTo("110101********1234");
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.phone("123")).isEqualTo("***");
    }
}
