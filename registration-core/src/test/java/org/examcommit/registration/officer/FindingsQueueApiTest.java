package org.examcommit.registration.officer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.examcommit.registration.testsupport.SignedInApiTest;
import org.junit.jupiter.api.Test;

/** Issue 19: the findings queue by status and kind. */
class FindingsQueueApiTest extends SignedInApiTest {

    @Test
    void listsFindingsByStatusAndKindAndRefusesUnknownOnes() {
        String id = apply(candidate(), notCommitted(openWindow("11"), "11"));
        String officer = officer();
        for (String kind : new String[] {"PHONE_SHARED", "RANDOM_CHECK", "RANDOM_CHECK"}) {
            post(
                    officer,
                    "/api/officer/findings",
                    Map.of("applicationId", id, "kind", kind, "detail", "d", "reason", "r"));
        }

        Answer random = get(officer, "/api/officer/findings?status=OPEN&kind=RANDOM_CHECK&applicationId=" + id);
        Answer phone = get(officer, "/api/officer/findings?kind=PHONE_SHARED&applicationId=" + id);
        Answer confirmed = get(officer, "/api/officer/findings?status=CONFIRMED&applicationId=" + id);
        Answer badStatus = get(officer, "/api/officer/findings?status=MAYBE");
        Answer badKind = get(officer, "/api/officer/findings?kind=GUT_FEELING");

        assertThat(random.json()).hasSize(2);
        assertThat(phone.json()).hasSize(1);
        assertThat(confirmed.json()).isEmpty();
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.text("field")).isEqualTo("status");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.text("field")).isEqualTo("kind");
    }

    @Test
    void findsAFindingOfTheNightWhoseKindJoinsSeveralPatterns() {
        String id = apply(candidate(), notCommitted(openWindow("11"), "11"));
        // as analytics' SupervisionApp writes a key-supervision application's finding
        jdbc.sql("INSERT INTO findings (application_id, kind, detail) VALUES (?, 'CERT_SHARED;PHONE_SHARED', 'e')")
                .param(id)
                .update();
        String officer = officer();

        Answer shared = get(officer, "/api/officer/findings?kind=CERT_SHARED&applicationId=" + id);
        Answer phone = get(officer, "/api/officer/findings?kind=PHONE_SHARED&applicationId=" + id);
        Answer cert = get(officer, "/api/officer/findings?kind=CERT_MISMATCH&applicationId=" + id);

        assertThat(shared.json()).hasSize(1);
        assertThat(phone.json()).hasSize(1);
        assertThat(phone.json().get(0).path("kind").asString()).isEqualTo("CERT_SHARED;PHONE_SHARED");
        assertThat(cert.json()).isEmpty();
    }
}
