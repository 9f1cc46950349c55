package org.examcommit.batch.verification.checks;

import java.util.List;
import org.examcommit.contract.Commitment;

/**
 * One application with everything its checks need.
 *
 * @param identityRegistryName the identity registry's name for the candidate's id_number, null when none
 */
public record ApplicationFacts(
        String applicationId,
        String examCode,
        int examYear,
        String level,
        Commitment commitment,
        Candidate candidate,
        String identityRegistryName,
        List<EducationEvidence> education,
        List<ClaimedJob> jobs,
        List<InsuredSpan> spans,
        List<ArchiveRecord> archive) {}
