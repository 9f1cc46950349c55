package org.examcommit.registration.commitment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The four items a candidate acknowledges when committing; each must be {@code true}.
 *
 * @param knowsNotice knows the exam notice and the commitment's consequences
 * @param meetsConditions meets the conditions of the exam and level
 * @param informationTrue the information given is true
 * @param acceptsVerification accepts verification and the liability for a false commitment
 */
@Schema(description = "The four commitment items; each must be true")
public record CommitmentItems(
        Boolean knowsNotice, Boolean meetsConditions, Boolean informationTrue, Boolean acceptsVerification) {

    /** The items by their JSON names, in the order the commitment text lists them. */
    public Map<String, Boolean> byName() {
        Map<String, Boolean> m = new LinkedHashMap<>();
        m.put("knowsNotice", knowsNotice);
        m.put("meetsConditions", meetsConditions);
        m.put("informationTrue", informationTrue);
        m.put("acceptsVerification", acceptsVerification);
        return m;
    }
}
