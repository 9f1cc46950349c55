package org.examcommit.registration.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicNoticeEntryTest {

    @Test
    void masksNameAndIdNumberAsTheContractSays() {
        PublicNoticeEntry e = PublicNoticeEntry.of(
                "A1",
                "张三",
                "11010119900307123X",
                "SW",
                "ASSISTANT",
                "11",
                "COMMITTED",
                "学历无法在线核验",
                LocalDate.of(2026, 11, 20));

        assertThat(e.maskedName()).isEqualTo("张*");
        assertThat(e.maskedIdNumber()).isEqualTo("110101********123X");
        assertThat(e.applicationId()).isEqualTo("A1");
        assertThat(e.publishedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void countsAMiddleDotAndRareCharactersAsOneEach() {
        assertThat(PublicNoticeEntry.of(
                                "A2",
                                "𠀾·木",
                                "110101199003071234",
                                "SW",
                                "SENIOR",
                                "11",
                                "COMMITTED",
                                "r",
                                LocalDate.of(2026, 11, 20))
                        .maskedName())
                .isEqualTo("𠀾**");
    }
}
