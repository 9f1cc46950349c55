package org.examcommit.registration.officer;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.examcommit.contract.privacy.Masking;
import org.examcommit.registration.work.WorkRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The applications awaiting on-site verification (status ONSITE_REQUIRED), a page at a time, each with what the
 * officer checks the paper proofs against: the candidate's name, photo, education and work rows, and the reasons
 * of the latest night that put it on the on-site verification list (onsite_verification_list). The id_number is
 * masked (DATA-CONTRACT §5): the officer compares it with the identity card, not with a list.
 */
@Repository
class OnsiteQueue {

    /** The most applications one page lists. */
    static final int PAGE = 200;

    /** The page: applications by id after the cursor, with their candidate. */
    private static final String PAGE_SQL = """
            SELECT a.application_id, a.candidate_id, c.name, c.id_number, a.exam_code, a.exam_year, a.level,
                   a.province_code, a.commitment,
                   EXISTS (SELECT 1 FROM candidate_photos p WHERE p.candidate_id = a.candidate_id) AS has_photo
              FROM applications a JOIN candidates c ON c.candidate_id = a.candidate_id
             WHERE a.status = 'ONSITE_REQUIRED'
               AND (CAST(:exam AS text) IS NULL OR a.exam_code = :exam)
               AND (CAST(:province AS text) IS NULL OR a.province_code = :province)
               AND (CAST(:after AS text) IS NULL OR a.application_id > :after)
             ORDER BY a.application_id
             LIMIT :limit
            """;

    /** The latest list row of each application of the page, through the index by application (V36). */
    private static final String REASONS = """
            SELECT DISTINCT ON (application_id) application_id, run_date, reasons
              FROM onsite_verification_list
             WHERE application_id IN (:ids)
             ORDER BY application_id, run_date DESC
            """;

    private static final String EDUCATION = """
            SELECT candidate_id, seq, level, school, major, graduation_date, certificate_no, degree,
                   degree_certificate_no, name_on_certificate
              FROM education WHERE candidate_id IN (:ids) ORDER BY candidate_id, seq
            """;
    private static final String WORK = """
            SELECT candidate_id, seq, employer_name, employer_credit_code, start_date, end_date, social_work
              FROM work_experience WHERE candidate_id IN (:ids) ORDER BY candidate_id, seq
            """;

    private final JdbcClient jdbc;

    OnsiteQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One application on the queue. {@code photoUrl} is null when the candidate has no photo. */
    record Entry(
            String applicationId,
            String candidateId,
            String name,
            String maskedIdNumber,
            String examCode,
            int examYear,
            String level,
            String provinceCode,
            String commitment,
            String photoUrl,
            LocalDate listedOn,
            List<String> reasons,
            List<Education> education,
            List<WorkRow> work) {}

    /** An education row as the candidate entered it. */
    record Education(
            int seq,
            String level,
            String school,
            String major,
            LocalDate graduationDate,
            String certificateNo,
            String degree,
            String degreeCertificateNo,
            String nameOnCertificate) {}

    private record Head(
            String applicationId,
            String candidateId,
            String name,
            String idNumber,
            String examCode,
            int examYear,
            String level,
            String provinceCode,
            String commitment,
            boolean hasPhoto) {}

    private record Listed(LocalDate runDate, List<String> reasons) {}

    List<Entry> page(String examCode, String provinceCode, String after, int limit) {
        List<Head> heads = jdbc.sql(PAGE_SQL)
                .param("exam", examCode, java.sql.Types.VARCHAR)
                .param("province", provinceCode, java.sql.Types.VARCHAR)
                .param("after", after, java.sql.Types.VARCHAR)
                .param("limit", Math.min(Math.max(limit, 1), PAGE))
                .query((rs, n) -> new Head(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getBoolean(10)))
                .list();
        if (heads.isEmpty()) {
            return List.of();
        }
        List<String> applications = heads.stream().map(Head::applicationId).toList();
        List<String> candidates =
                heads.stream().map(Head::candidateId).distinct().toList();
        Map<String, Listed> listed = new LinkedHashMap<>();
        jdbc.sql(REASONS).param("ids", applications).query((ResultSet rs) -> {
            listed.put(rs.getString(1), new Listed(rs.getDate(2).toLocalDate(), strings(rs.getArray(3))));
        });
        Map<String, List<Education>> education = new LinkedHashMap<>();
        jdbc.sql(EDUCATION).param("ids", candidates).query((ResultSet rs) -> {
            education
                    .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(new Education(
                            rs.getInt(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            date(rs.getDate(6)),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getString(9),
                            rs.getString(10)));
        });
        Map<String, List<WorkRow>> work = new LinkedHashMap<>();
        jdbc.sql(WORK).param("ids", candidates).query((ResultSet rs) -> {
            work.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(new WorkRow(
                            rs.getInt(2),
                            rs.getString(3),
                            rs.getString(4),
                            date(rs.getDate(5)),
                            date(rs.getDate(6)),
                            rs.getBoolean(7)));
        });
        return heads.stream()
                .map(h -> {
                    Listed l = listed.get(h.applicationId());
                    return new Entry(
                            h.applicationId(),
                            h.candidateId(),
                            h.name(),
                            Masking.idNumber(h.idNumber()),
                            h.examCode(),
                            h.examYear(),
                            h.level(),
                            h.provinceCode(),
                            h.commitment(),
                            h.hasPhoto() ? "/api/officer/candidates/" + h.candidateId() + "/photo" : null,
                            l == null ? null : l.runDate(),
                            l == null ? List.of() : l.reasons(),
                            education.getOrDefault(h.candidateId(), List.of()),
                            work.getOrDefault(h.candidateId(), List.of()));
                })
                .toList();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
