package org.examcommit.registration.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.examcommit.registration.testsupport.SignedInApiTest;
import org.junit.jupiter.api.Test;

/** The public notice list as JSON and as HTML: masked as the contract says, escaped, never a phone. */
class PublicNoticeApiTest extends SignedInApiTest {

    private static final LocalDate OLDER = LocalDate.of(2900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2900, 1, 2);

    private void publish(LocalDate day, String applicationId, String name, String idNumber, String reason) {
        PublicNoticeEntry e =
                PublicNoticeEntry.of(applicationId, name, idNumber, "SW", "ASSISTANT", "11", "COMMITTED", reason, day);
        jdbc.sql("""
                INSERT INTO public_notice (application_id, masked_name, masked_id_number, exam_code, level, province_code,
                                           commitment, reason, published_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """)
                .param(e.applicationId())
                .param(e.maskedName())
                .param(e.maskedIdNumber())
                .param(e.examCode())
                .param(e.level())
                .param(e.provinceCode())
                .param(e.commitment())
                .param(e.reason())
                .param(e.publishedOn())
                .update();
    }

    @Test
    void answersTheLatestListAsMaskedJsonWithTheContractColumns() {
        publish(OLDER, "N-OLD", "李四", "110101199003071234", "学历无法在线核验");
        publish(LATEST, "N-1", "欧阳娜娜", "110101199003074321", "学历无法在线核验");

        Answer a = get(null, "/api/public/notice");

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.text("published_on")).isEqualTo(LATEST.toString());
        var entry = a.json().get("entries").get(0);
        assertThat(entry.get("application_id").asString()).isEqualTo("N-1");
        assertThat(entry.get("masked_name").asString()).isEqualTo("欧***");
        assertThat(entry.get("masked_id_number").asString()).isEqualTo("110101********4321");
        assertThat(entry.get("published_on").asString()).isEqualTo(LATEST.toString());
        assertThat(a.body()).doesNotContain("110101199003074321").doesNotContain("phone");
    }

    @Test
    void answersTheListOfAGivenDate() {
        publish(OLDER, "N-OLD", "李四", "110101199003071234", "学历无法在线核验");
        publish(LATEST, "N-1", "欧阳娜娜", "110101199003074321", "学历无法在线核验");

        Answer a = get(null, "/api/public/notice?date=" + OLDER);

        assertThat(a.json().get("entries")).hasSize(1);
        assertThat(a.json().get("entries").get(0).get("masked_name").asString()).isEqualTo("李*");
    }

    @Test
    void servesAPlainHtmlPageWithEscapedMaskedCells() {
        publish(LATEST, "N-2", "阿依古丽·买买提", "650102198801011234", "<script>alert(1)</script> 学位无法在线核验");

        Answer a = get(null, "/public/notice?date=" + LATEST);

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body())
                .contains("<table")
                .contains("阿*******")
                .contains("650102********1234")
                .contains("&lt;script&gt;")
                .doesNotContain("<script>")
                .doesNotContain("650102198801011234");
    }

    @Test
    void masksAWrongRowOnTheWayOut() {
        LocalDate day = LocalDate.of(2899, 3, 3);
        jdbc.sql("""
                INSERT INTO public_notice (application_id, masked_name, masked_id_number, exam_code, level, province_code,
                                           commitment, reason, published_on)
                VALUES ('N-RAW', '王小明', '110101199003075678', 'SW', 'ASSISTANT', '11', 'COMMITTED',
                        '学历无法在线核验 13800138000 110101199003075678', ?)
                """).param(day).update();

        Answer json = get(null, "/api/public/notice?date=" + day);
        Answer html = get(null, "/public/notice?date=" + day);

        var entry = json.json().get("entries").get(0);
        assertThat(entry.get("masked_name").asString()).isEqualTo("王**");
        assertThat(entry.get("masked_id_number").asString()).isEqualTo("110101********5678");
        for (Answer a : new Answer[] {json, html}) {
            assertThat(a.body()).doesNotContain("110101199003075678", "13800138000", "王小明");
        }
    }
}
