package org.examcommit.registration.commitment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import org.examcommit.registration.system.TextBounds;

/**
 * A candidate's commitment choice.
 *
 * @param chosen whether the candidate commits (false or absent: not chosen, on-site verification)
 * @param items the four acknowledged items (all true when chosen)
 * @param textVersion the version of the commitment text the candidate read (required when chosen)
 */
@Schema(description = "The commitment: chosen, the four items, and the version of the text the candidate read")
public record CommitmentRequest(
        Boolean chosen,
        CommitmentItems items,
        @Size(max = TextBounds.REFERENCE) String textVersion) {

    public boolean isChosen() {
        return Boolean.TRUE.equals(chosen);
    }
}
