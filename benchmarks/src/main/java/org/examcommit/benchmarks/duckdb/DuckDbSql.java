package org.examcommit.benchmarks.duckdb;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.examcommit.contract.Commitment;
import org.examcommit.contract.Degree;
import org.examcommit.contract.EducationLevel;
import org.examcommit.contract.ExamLevel;
import org.examcommit.contract.Province;
import org.examcommit.contract.Violation;

/**
 * DATA-CONTRACT §1's cleaning and quarantine rules and §2's verification as DuckDB SQL, written apart from
 * the night's Java (batch-jobs) so that the two check each other. Only the rules that decide which rows the
 * verification sees are here: a bad row is dropped, not kept with its reason. Code lists come from the
 * contract module's enums, their one place.
 */
final class DuckDbSql {

    private DuckDbSql() {}

    /** The characters {@link String#strip()} removes: {@link Character#isWhitespace} of the basic plane. */
    static final String WHITESPACE = IntStream.range(0, 0x10000)
            .filter(Character::isWhitespace)
            .mapToObj(Character::toString)
            .collect(Collectors.joining());

    /**
     * The NFKC folds a bundle's texts meet, as DuckDB has no NFKC: full-width ASCII forms (U+FF01-U+FF5E) to
     * ASCII, the ideographic and no-break spaces to a space, the half-width katakana middle dot to U+30FB and
     * the Greek ano teleia to U+00B7; nfc_normalize does the canonical part.
     */
    static final String NFKC_FROM =
            IntStream.rangeClosed(0xFF01, 0xFF5E).mapToObj(Character::toString).collect(Collectors.joining())
                    + "\u3000\u00A0\uFF65\u0387";

    static final String NFKC_TO =
            IntStream.rangeClosed(0x21, 0x7E).mapToObj(Character::toString).collect(Collectors.joining())
                    + "  \u30FB\u00B7";

    /**
     * What may change under NFKC in a bundle's texts: the folds above and combining marks (for NFC); a text
     * without any is left as it is (the generator's Chinese names are NFKC already).
     */
    static final String NFKC_SPECIAL = "[\\x{FF01}-\\x{FF5E}\\x{3000}\\x{00A0}\\x{FF65}\\x{0387}\\p{M}]";

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    /** Helper macros: cleaning (§1) and the comparison of texts (§2). */
    static List<String> macros() {
        String checkSum = IntStream.range(0, 17)
                .mapToObj(i -> "(ascii(substr(s, " + (i + 1) + ", 1)) - 48) * " + ID_WEIGHTS[i])
                .collect(Collectors.joining(" + "));
        return List.of(
                // String.strip(), calling trim only when an end may be whitespace (every whitespace character is
                // at most U+0020 or within U+1680-U+3000): trim with a character set costs
                "CREATE MACRO maybe_ws(c) AS c <= 32 OR c BETWEEN 5760 AND 12288",
                "CREATE MACRO jstrip(v) AS CASE WHEN maybe_ws(ord(v)) OR maybe_ws(ord(right(v, 1))) THEN trim(v, "
                        + literal(WHITESPACE) + ") ELSE v END",
                // an identifier or code: stripped, empty = null
                "CREATE MACRO ident(v) AS nullif(jstrip(v), '')",
                // digits outside ASCII (Unicode Nd) make an identifier, code, date or number bad
                "CREATE MACRO bad_digits(v) AS coalesce(strlen(v) <> length(v)"
                        + " AND regexp_matches(regexp_replace(v, '[0-9]', '', 'g'), '\\p{Nd}'), false)",
                // on a column already read with ident(): present and ASCII digits only
                "CREATE MACRO ident_ok(v) AS v IS NOT NULL AND NOT bad_digits(v)",
                "CREATE MACRO opt_ident_ok(v) AS v IS NULL OR NOT bad_digits(v)",
                // free text: NFKC, then stripped; empty = null
                "CREATE MACRO nfkc(v) AS nfc_normalize(translate(v, " + literal(NFKC_FROM) + ", " + literal(NFKC_TO)
                        + "))",
                "CREATE MACRO text(v) AS CASE WHEN regexp_matches(v, " + literal(NFKC_SPECIAL)
                        + ") THEN nullif(trim(nfkc(v), " + literal(WHITESPACE)
                        + "), '') ELSE nullif(jstrip(v), '') END",
                // §2: texts compare with the middle dots as one character
                "CREATE MACRO dots(v) AS translate(v, '\u2022\u30FB', '\u00B7\u00B7')",
                // id_number (read with ident()): a lower-case check character upper-cased (any other x makes it
                // invalid whatever its case)
                "CREATE MACRO id_norm(v) AS regexp_replace(v, 'x$', 'X')",
                "CREATE MACRO id_check(s) AS substr('10X98765432', ((" + checkSum + ") % 11) + 1, 1)",
                "CREATE MACRO id_ok(s) AS coalesce(length(s) = 18 AND regexp_full_match(s, '[0-9]{17}[0-9X]')"
                        + " AND left(s, 2) IN (" + list(Province.codes()) + ")"
                        + " AND try_cast(substr(s, 7, 4) AS INTEGER) >= 1900"
                        + " AND try_cast(substr(s, 7, 4) || '-' || substr(s, 11, 2) || '-' || substr(s, 13, 2) AS DATE)"
                        + " IS NOT NULL AND id_check(s) = right(s, 1), false)",
                "CREATE MACRO phone_ok(v) AS coalesce(regexp_full_match(v, '1[0-9]{10}'), false)",
                "CREATE MACRO credit_ok(v) AS coalesce(regexp_full_match(v, '[0-9ABCDEFGHJKLMNPQRTUWXY]{18}'),"
                        + " false)",
                // an ISO date yyyy-MM-dd that exists
                "CREATE MACRO date_of(v) AS CASE WHEN regexp_full_match(v, '[0-9]{4}-[0-9]{2}-[0-9]{2}')"
                        + " THEN try_cast(v AS DATE) END",
                "CREATE MACRO date_ok(v) AS ident_ok(v) AND date_of(v) IS NOT NULL",
                "CREATE MACRO opt_date_ok(v) AS v IS NULL OR date_of(v) IS NOT NULL",
                // an ISO-8601 timestamp with offset (OffsetDateTime.parse)
                "CREATE MACRO ts_ok(v) AS coalesce(regexp_full_match(v, '[0-9]{4}-[0-9]{2}-[0-9]{2}T"
                        + "([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?"
                        + "(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?)')"
                        + " AND try_cast(left(v, 10) AS DATE) IS NOT NULL, false)",
                "CREATE MACRO opt_ts_ok(v) AS v IS NULL OR ts_ok(v)",
                "CREATE MACRO int_ok(v, lo, hi) AS coalesce(regexp_full_match(v, '[0-9]{1,9}')"
                        + " AND try_cast(v AS INTEGER) BETWEEN lo AND hi, false)",
                "CREATE MACRO month_no(d) AS year(d) * 12 + month(d) - 1",
                "CREATE MACRO level_rank(l) AS CASE l WHEN 'HIGH_SCHOOL' THEN 0 WHEN 'SECONDARY_VOCATIONAL' THEN 0"
                        + " WHEN 'JUNIOR_COLLEGE' THEN 1 WHEN 'BACHELOR' THEN 2 WHEN 'MASTER' THEN 3"
                        + " WHEN 'DOCTOR' THEN 4 END",
                "CREATE MACRO social_work(m) AS contains(m, '社会工作') OR contains(lower(m), 'social work')");
    }

    /** The columns the verification needs, per dataset, as the contract names them. */
    static final Map<String, List<String>> COLUMNS = Map.of(
            "candidates",
            List.of("candidate_id", "id_number", "name", "phone", "registered_at"),
            "education",
            List.of(
                    "candidate_id",
                    "seq",
                    "level",
                    "school",
                    "major",
                    "graduation_date",
                    "certificate_no",
                    "degree",
                    "degree_certificate_no",
                    "name_on_certificate"),
            "work_experience",
            List.of(
                    "candidate_id",
                    "seq",
                    "employer_name",
                    "employer_credit_code",
                    "start_date",
                    "end_date",
                    "social_work"),
            "applications",
            List.of(
                    "application_id",
                    "candidate_id",
                    "exam_code",
                    "exam_year",
                    "level",
                    "province_code",
                    "commitment",
                    "committed_at",
                    "withdrawn_at",
                    "submitted_at",
                    "paid_at"),
            "identity_registry",
            List.of("id_number", "name"),
            "education_registry",
            List.of("certificate_no", "id_number", "name", "school", "major", "level", "graduation_date"),
            "degree_registry",
            List.of("certificate_no", "id_number", "name", "degree", "school", "major", "awarded_date"),
            "integrity_archive",
            List.of("id_number", "exam_code", "violation", "decided_on", "recorded_until"));

    /** Free-text columns: NFKC-normalised and stripped; every other column is an identifier, code or value. */
    private static final Set<String> TEXT = Set.of("name", "school", "major", "employer_name", "name_on_certificate");

    /**
     * Reads one CSV of the bundle as text in file order (a table's rowid follows insertion order), each column
     * cleaned once as it is read: texts NFKC-normalised and stripped, the rest stripped, an id_number's
     * lower-case check character upper-cased, empty = null.
     */
    static String raw(String dataset, String path) {
        String columns = COLUMNS.get(dataset).stream()
                .map(c -> (TEXT.contains(c)
                                ? "text(" + c + ")"
                                : c.equals("id_number") ? "id_norm(ident(" + c + "))" : "ident(" + c + ")")
                        + " AS " + c)
                .collect(Collectors.joining(", "));
        return "CREATE TABLE raw_" + dataset + " AS SELECT " + columns + " FROM " + readCsv(path);
    }

    private static String readCsv(String path) {
        return "read_csv(" + literal(path)
                + ", header = true, all_varchar = true, delim = ',', quote = '\"', escape = '\"', parallel = true)";
    }

    /**
     * The datasets the verification reads, each cleaned, its bad rows dropped and its key's first good row
     * kept (a key's later rows are bad), in load order: references name loaded candidates.
     */
    static List<String> clean() {
        return List.of(
                """
                CREATE TABLE candidates AS
                SELECT candidate_id, id_number, name FROM (
                  SELECT candidate_id AS candidate_id, id_number AS id_number, name AS name,
                         row_number() OVER (PARTITION BY candidate_id ORDER BY rowid) AS nth
                    FROM raw_candidates
                   WHERE ident_ok(candidate_id) AND id_ok(id_number) AND name IS NOT NULL
                     AND phone_ok(phone) AND ts_ok(registered_at))
                 WHERE nth = 1
                """,
                """
                CREATE TABLE education AS
                SELECT * EXCLUDE (nth) FROM (
                  SELECT e.candidate_id AS candidate_id, try_cast(seq AS INTEGER) AS seq,
                         level AS level, school AS school, major AS major,
                         date_of(graduation_date) AS graduation_date, certificate_no AS certificate_no,
                         degree AS degree, degree_certificate_no AS degree_certificate_no,
                         name_on_certificate AS name_on_certificate,
                         row_number() OVER (PARTITION BY e.candidate_id, try_cast(seq AS INTEGER)
                                            ORDER BY e.rowid) AS nth
                    FROM raw_education e
                   WHERE ident_ok(e.candidate_id) AND int_ok(seq, 1, 5) AND level IN (%s)
                     AND school IS NOT NULL AND major IS NOT NULL AND date_ok(graduation_date)
                     AND ident_ok(certificate_no) AND opt_ident_ok(degree) AND (degree IS NULL OR degree IN (%s))
                     AND opt_ident_ok(degree_certificate_no) AND name_on_certificate IS NOT NULL
                     AND e.candidate_id IN (SELECT candidate_id FROM candidates))
                 WHERE nth = 1
                """.formatted(list(EducationLevel.codes()), list(Degree.codes())),
                """
                CREATE TABLE work_experience AS
                SELECT * EXCLUDE (nth) FROM (
                  SELECT w.candidate_id AS candidate_id, try_cast(seq AS INTEGER) AS seq,
                         employer_credit_code AS employer_credit_code, date_of(start_date) AS start_date,
                         date_of(end_date) AS end_date, lower(social_work) = 'true' AS social_work,
                         row_number() OVER (PARTITION BY w.candidate_id, try_cast(seq AS INTEGER)
                                            ORDER BY w.rowid) AS nth
                    FROM raw_work_experience w
                   WHERE ident_ok(w.candidate_id) AND int_ok(seq, 1, 999999) AND employer_name IS NOT NULL
                     AND credit_ok(employer_credit_code) AND date_ok(start_date) AND opt_date_ok(end_date)
                     AND lower(social_work) IN ('true', 'false')
                     AND (date_of(end_date) IS NULL OR date_of(end_date) >= date_of(start_date))
                     AND w.candidate_id IN (SELECT candidate_id FROM candidates))
                 WHERE nth = 1
                """,
                """
                CREATE TABLE applications AS
                SELECT * EXCLUDE (nth) FROM (
                  SELECT application_id AS application_id, a.candidate_id AS candidate_id,
                         exam_code AS exam_code, try_cast(exam_year AS INTEGER) AS exam_year,
                         level AS level, commitment AS commitment,
                         row_number() OVER (PARTITION BY application_id ORDER BY a.rowid) AS nth
                    FROM raw_applications a
                   WHERE ident_ok(application_id) AND ident_ok(a.candidate_id) AND ident_ok(exam_code)
                     AND int_ok(exam_year, 1900, 2999) AND level IN (%s)
                     AND province_code IN (%s) AND commitment IN (%s)
                     AND opt_ts_ok(committed_at) AND opt_ts_ok(withdrawn_at) AND ts_ok(submitted_at)
                     AND opt_ts_ok(paid_at)
                     AND a.candidate_id IN (SELECT candidate_id FROM candidates))
                 WHERE nth = 1
                """.formatted(list(ExamLevel.codes()), list(Province.codes()), list(Commitment.codes())),
                """
                CREATE TABLE identity_registry AS
                SELECT id_number, name FROM (
                  SELECT id_number AS id_number, name AS name,
                         row_number() OVER (PARTITION BY id_number ORDER BY rowid) AS nth
                    FROM raw_identity_registry
                   WHERE id_ok(id_number) AND name IS NOT NULL)
                 WHERE nth = 1
                """,
                """
                CREATE TABLE education_registry AS
                SELECT * EXCLUDE (nth) FROM (
                  SELECT certificate_no AS certificate_no, id_number AS id_number,
                         name AS name, school AS school, major AS major, level AS level,
                         date_of(graduation_date) AS graduation_date,
                         row_number() OVER (PARTITION BY certificate_no ORDER BY rowid) AS nth
                    FROM raw_education_registry
                   WHERE ident_ok(certificate_no) AND id_ok(id_number) AND name IS NOT NULL
                     AND school IS NOT NULL AND major IS NOT NULL AND level IN (%s)
                     AND date_ok(graduation_date))
                 WHERE nth = 1
                """.formatted(list(EducationLevel.codes())),
                """
                CREATE TABLE degree_registry AS
                SELECT * EXCLUDE (nth) FROM (
                  SELECT certificate_no AS certificate_no, id_number AS id_number,
                         name AS name, degree AS degree, school AS school, major AS major,
                         row_number() OVER (PARTITION BY certificate_no ORDER BY rowid) AS nth
                    FROM raw_degree_registry
                   WHERE ident_ok(certificate_no) AND id_ok(id_number) AND name IS NOT NULL
                     AND degree IN (%s) AND school IS NOT NULL AND major IS NOT NULL
                     AND date_ok(awarded_date))
                 WHERE nth = 1
                """.formatted(list(Degree.awardedCodes())),
                """
                CREATE TABLE integrity_archive AS
                SELECT id_number AS id_number, violation AS violation,
                       date_of(recorded_until) AS recorded_until
                  FROM raw_integrity_archive
                 WHERE id_ok(id_number) AND ident_ok(exam_code) AND violation IN (%s)
                   AND date_ok(decided_on) AND opt_date_ok(recorded_until)
                """.formatted(list(Violation.codes())));
    }

    /**
     * social_insurance, read once and compacted as it is read: each good row's month (any day stands for its
     * month), a month delivered twice once, then runs of consecutive months per person and employer. The
     * months are gathered per id_number and employer as they came, so that each distinct id_number and
     * employer code is cleaned and checked once rather than once a row.
     */
    static List<String> socialInsurance(String path) {
        return List.of(
                """
                CREATE TABLE si_months AS
                SELECT id_number AS raw_id, employer_credit_code AS raw_employer, list(month_no) AS months
                  FROM (SELECT id_number, employer_credit_code, month,
                               month_no(try_cast(month AS DATE)) AS month_no
                          FROM (SELECT id_number, employer_credit_code,
                                       CASE WHEN length(month) = 10 THEN month ELSE jstrip(month) END AS month
                                  FROM %s))
                 WHERE length(month) = 10 AND substr(month, 5, 1) = '-' AND substr(month, 8, 1) = '-'
                   AND month_no IS NOT NULL
                 GROUP BY ALL
                """.formatted(readCsv(path)),
                """
                CREATE TABLE si_ids AS
                SELECT raw_id, id_norm(ident(raw_id)) AS id_number FROM (SELECT DISTINCT raw_id FROM si_months)
                """,
                // checked apart: a macro given an expression would repeat it once per use in id_ok
                "DELETE FROM si_ids WHERE NOT id_ok(id_number)",
                """
                CREATE TABLE si_employers AS
                SELECT raw_employer, employer_credit_code
                  FROM (SELECT raw_employer, ident(raw_employer) AS employer_credit_code
                          FROM (SELECT DISTINCT raw_employer FROM si_months))
                 WHERE credit_ok(employer_credit_code)
                """,
                """
                CREATE TABLE social_insurance_spans AS
                WITH merged AS (
                  -- an id_number or employer written in two ways (a lower-case x, spaces) keeps two lists, whose
                  -- spans may overlap: the verification reads the union of spans, which overlaps leave alone
                  SELECT i.id_number, e.employer_credit_code, list_sort(list_distinct(m.months)) AS months
                    FROM si_months m JOIN si_ids i USING (raw_id) JOIN si_employers e USING (raw_employer)),
                runs AS (
                  SELECT id_number, employer_credit_code,
                         -- a run starts where the month before is not the previous one, ends where the next is not
                         -- the following one (each month beside its neighbour: a lambda capturing the list costs
                         -- a copy of it per element)
                         list_transform(list_filter(list_zip(months, list_prepend(-1000000, months[:-2])),
                                                    x -> x[1] > x[2] + 1), x -> x[1]) AS firsts,
                         list_transform(list_filter(list_zip(months, list_append(months[2:], 1000000000)),
                                                    x -> x[2] > x[1] + 1), x -> x[1]) AS lasts
                    FROM merged)
                SELECT id_number, employer_credit_code, unnest(firsts) AS first_month, unnest(lasts) AS last_month
                  FROM runs
                """,
                """
                CREATE TABLE snapshot AS
                SELECT max(last_month) AS last_month FROM social_insurance_spans
                """,
                "DROP TABLE si_months",
                "DROP TABLE si_ids",
                "DROP TABLE si_employers");
    }

    /** Union of the month ranges in {@code ranges(application_id, s, e)}, both ends included, per application. */
    private static String unionCount(String ranges) {
        return """
                SELECT application_id, sum(e - s + 1) AS months FROM (
                  SELECT application_id, min(s) AS s, max(e) AS e FROM (
                    SELECT *, sum(starts) OVER (PARTITION BY application_id ORDER BY s, e ROWS UNBOUNDED PRECEDING) AS island
                      FROM (SELECT *, CASE WHEN s <= max(e) OVER (PARTITION BY application_id ORDER BY s, e
                                                   ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) + 1
                                           THEN 0 ELSE 1 END AS starts
                              FROM (%s) WHERE s <= e))
                   GROUP BY application_id, island)
                 GROUP BY application_id
                """.formatted(ranges);
    }

    /** The verification (§1 eligibility, §2 verification_results) of every loaded application, for a run date. */
    static List<String> verify() {
        String claimed = unionCount("""
                SELECT a.application_id, month_no(w.start_date) AS s,
                       CASE WHEN w.end_date IS NULL THEN a.december ELSE least(month_no(w.end_date), a.december) END AS e
                  FROM apps a JOIN work_experience w ON w.candidate_id = a.candidate_id AND w.social_work
                """);
        String evidenced = unionCount("""
                SELECT a.application_id, greatest(month_no(w.start_date), sp.first_month) AS s,
                       least(CASE WHEN w.end_date IS NULL THEN a.december
                                  ELSE least(month_no(w.end_date), a.december) END, sp.last_month) AS e
                  FROM apps a
                  JOIN work_experience w ON w.candidate_id = a.candidate_id AND w.social_work
                  JOIN social_insurance_spans sp
                    ON sp.id_number = a.id_number AND sp.employer_credit_code = w.employer_credit_code
                UNION ALL
                SELECT a.application_id, snapshot.last_month + 1 AS s, a.december AS e
                  FROM apps a CROSS JOIN snapshot
                 WHERE EXISTS (SELECT 1 FROM work_experience w JOIN social_insurance_spans sp
                                 ON sp.id_number = a.id_number AND sp.employer_credit_code = w.employer_credit_code
                                WHERE w.candidate_id = a.candidate_id AND w.social_work AND w.end_date IS NULL
                                  AND month_no(w.start_date) <= snapshot.last_month
                                  AND sp.first_month <= snapshot.last_month AND snapshot.last_month <= sp.last_month)
                """);
        return List.of(
                """
                CREATE TEMP TABLE apps AS
                SELECT a.application_id, a.candidate_id, a.exam_code, a.level, a.commitment,
                       a.exam_year * 12 + 11 AS december, c.id_number, c.name
                  FROM applications a JOIN candidates c USING (candidate_id)
                """,
                """
                CREATE TEMP TABLE education_checks AS
                SELECT e.candidate_id, level_rank(e.level) AS level_rank, social_work(e.major) AS social_work,
                       CASE WHEN er.certificate_no IS NULL THEN 'UNVERIFIABLE'
                            WHEN upper(er.id_number) = upper(c.id_number)
                                 AND dots(er.name) = dots(e.name_on_certificate) AND dots(er.school) = dots(e.school)
                                 AND dots(er.major) = dots(e.major) AND er.level = e.level
                                 AND er.graduation_date = e.graduation_date THEN 'PASS'
                            ELSE 'FAIL' END AS education,
                       CASE WHEN e.degree IS NULL OR e.degree = 'NONE' THEN NULL
                            WHEN e.degree_certificate_no IS NULL OR dr.certificate_no IS NULL THEN 'UNVERIFIABLE'
                            WHEN upper(dr.id_number) = upper(c.id_number)
                                 AND dots(dr.name) = dots(e.name_on_certificate) AND dr.degree = e.degree
                                 AND dots(dr.school) = dots(e.school) AND dots(dr.major) = dots(e.major) THEN 'PASS'
                            ELSE 'FAIL' END AS degree,
                       dots(e.name_on_certificate) <> dots(c.name) AS other_name
                  FROM education e
                  JOIN candidates c USING (candidate_id)
                  LEFT JOIN education_registry er ON er.certificate_no = e.certificate_no
                  LEFT JOIN degree_registry dr ON dr.certificate_no = e.degree_certificate_no
                """,
                """
                CREATE TEMP TABLE candidate_checks AS
                SELECT candidate_id,
                       CASE WHEN bool_or(education = 'FAIL') THEN 'FAIL'
                            WHEN bool_or(education = 'UNVERIFIABLE') THEN 'UNVERIFIABLE' ELSE 'PASS' END AS education,
                       CASE WHEN bool_or(degree = 'FAIL') THEN 'FAIL'
                            WHEN bool_or(degree = 'UNVERIFIABLE') THEN 'UNVERIFIABLE'
                            WHEN bool_or(degree = 'PASS') THEN 'PASS' ELSE 'NOT_CLAIMED' END AS degree,
                       coalesce(bool_or(other_name AND (education = 'PASS' OR degree = 'PASS')), false) AS name_changed,
                       coalesce(bool_or(education = 'PASS' AND social_work), false) AS social_work_major
                  FROM education_checks GROUP BY candidate_id
                """,
                "CREATE TEMP TABLE claimed AS " + claimed,
                "CREATE TEMP TABLE evidenced AS " + evidenced,
                """
                CREATE TEMP TABLE eligibility AS
                SELECT a.application_id,
                       bool_or(e.education = 'PASS' AND coalesce(ev.months, 0) >= 12 * r.min_social_work_years)
                           AS verified_met,
                       bool_or(coalesce(cl.months, 0) >= 12 * r.min_social_work_years) AS claimed_met
                  FROM apps a
                  JOIN eligibility_rules r ON r.exam_code = a.exam_code AND r.level = a.level
                  JOIN education_checks e ON e.candidate_id = a.candidate_id AND e.level_rank >= r.level_rank
                                         AND (NOT r.social_work_major OR e.social_work)
                  LEFT JOIN claimed cl ON cl.application_id = a.application_id
                  LEFT JOIN evidenced ev ON ev.application_id = a.application_id
                 GROUP BY a.application_id
                """,
                """
                CREATE TABLE verification_results AS
                WITH checked AS (
                  SELECT a.application_id, a.commitment,
                         CASE WHEN ir.id_number IS NULL THEN 'UNVERIFIABLE'
                              WHEN dots(ir.name) = dots(a.name) THEN 'PASS' ELSE 'FAIL' END AS identity,
                         coalesce(cc.education, 'UNVERIFIABLE') AS education,
                         coalesce(cc.degree, 'NOT_CLAIMED') AS degree,
                         coalesce(cc.social_work_major, false) AS social_work_major,
                         CAST(coalesce(cl.months, 0) AS INTEGER) AS claimed_work_months,
                         CAST(coalesce(ev.months, 0) AS INTEGER) AS evidenced_work_months,
                         CASE WHEN el.verified_met THEN 'ELIGIBLE' WHEN el.claimed_met THEN 'UNDETERMINED'
                              ELSE 'INELIGIBLE' END AS eligibility,
                         coalesce(cc.name_changed, false) AS name_changed,
                         EXISTS (SELECT 1 FROM integrity_archive x
                                  WHERE x.id_number = a.id_number
                                    AND (x.violation = 'FALSE_COMMITMENT' OR x.recorded_until IS NULL
                                         OR x.recorded_until >= CAST(getvariable('run_date') AS DATE))) AS barred
                    FROM apps a
                    LEFT JOIN identity_registry ir ON ir.id_number = a.id_number
                    LEFT JOIN candidate_checks cc ON cc.candidate_id = a.candidate_id
                    LEFT JOIN claimed cl ON cl.application_id = a.application_id
                    LEFT JOIN evidenced ev ON ev.application_id = a.application_id
                    LEFT JOIN eligibility el ON el.application_id = a.application_id),
                reasoned AS (
                  SELECT *, list_sort(list_filter([
                           CASE WHEN commitment <> 'COMMITTED' THEN commitment END,
                           CASE identity WHEN 'FAIL' THEN 'IDENTITY_FAIL' WHEN 'UNVERIFIABLE' THEN 'IDENTITY_UNVERIFIABLE' END,
                           CASE education WHEN 'FAIL' THEN 'EDUCATION_FAIL' WHEN 'UNVERIFIABLE' THEN 'EDUCATION_UNVERIFIABLE' END,
                           CASE degree WHEN 'FAIL' THEN 'DEGREE_FAIL' WHEN 'UNVERIFIABLE' THEN 'DEGREE_UNVERIFIABLE' END,
                           CASE eligibility WHEN 'INELIGIBLE' THEN 'INELIGIBLE' WHEN 'UNDETERMINED' THEN 'UNDETERMINED' END,
                           CASE WHEN name_changed THEN 'NAME_CHANGED' END,
                           CASE WHEN barred THEN 'ARCHIVE_BARRED' END], x -> x IS NOT NULL)) AS reasons
                    FROM checked)
                SELECT CAST(getvariable('run_date') AS DATE) AS run_date, application_id, identity, education, degree,
                       social_work_major, claimed_work_months, evidenced_work_months, eligibility,
                       CASE WHEN len(reasons) = 0 THEN 'EXEMPT' ELSE 'ONSITE' END AS route, reasons
                  FROM reasoned
                """);
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String list(java.util.Collection<String> codes) {
        return codes.stream().sorted().map(DuckDbSql::literal).collect(Collectors.joining(", "));
    }
}
