package org.examcommit.registration.notice;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.examcommit.contract.privacy.Masking;
import org.examcommit.contract.privacy.Redaction;

/**
 * One row of the public notice list (DATA-CONTRACT §2 public_notice, §3 social supervision), already
 * masked as §5 says. It carries no phone, ever.
 */
public record PublicNoticeEntry(
        @JsonProperty("application_id") String applicationId,
        @JsonProperty("masked_name") String maskedName,
        @JsonProperty("masked_id_number") String maskedIdNumber,
        @JsonProperty("exam_code") String examCode,
        @JsonProperty("level") String level,
        @JsonProperty("province_code") String provinceCode,
        @JsonProperty("commitment") String commitment,
        @JsonProperty("reason") String reason,
        @JsonProperty("published_on") LocalDate publishedOn) {

    /**
     * The row masked again on its way out: the stored row should already be masked, but a wrong row (a bug, a
     * hand-made fix) must still never publish an id_number or phone. Masking a masked value leaves it as it is.
     */
    public PublicNoticeEntry masked() {
        return new PublicNoticeEntry(
                Redaction.mask(applicationId),
                Masking.name(maskedName),
                Masking.idNumber(maskedIdNumber),
                examCode,
                level,
                provinceCode,
                commitment,
                Redaction.mask(reason),
                publishedOn);
    }

    /** The public row of an application, masking the candidate's name and id_number. */
    public static PublicNoticeEntry of(
            String applicationId,
            String name,
            String idNumber,
            String examCode,
            String level,
            String provinceCode,
            String commitment,
            String reason,
            LocalDate publishedOn) {
        return new PublicNoticeEntry(
                applicationId,
                Masking.name(name),
                Masking.idNumber(idNumber),
                examCode,
                level,
                provinceCode,
                commitment,
                reason,
                publishedOn);
    }
}
