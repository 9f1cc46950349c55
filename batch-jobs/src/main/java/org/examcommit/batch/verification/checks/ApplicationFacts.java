package org.examcommit.batch.verification.checks;

import java.util.List;

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
        List<EducationRow> education,
        List<ClaimedJob> jobs,
        List<InsuredSpan> spans,
        List<ArchiveRecord> archive) {}
