package org.examcommit.contract.draw;

import java.util.Comparator;
import java.util.Objects;

/** One application of a draw's population, with its stratum (province_code). */
public record Member(String provinceCode, String applicationId) {

    /** The canonical order (§4 step 1): province_code, then application_id, each by the bytes of its UTF-8. */
    public static final Comparator<Member> CANONICAL = Comparator.comparing(Member::provinceCode, Utf8Order.INSTANCE)
            .thenComparing(Member::applicationId, Utf8Order.INSTANCE);

    public Member {
        Objects.requireNonNull(provinceCode, "province_code");
        Objects.requireNonNull(applicationId, "application_id");
    }
}
