package org.examcommit.batch.bundle;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.examcommit.batch.bundle.ImportReport.DatasetReport;
import org.examcommit.batch.io.CopyWriter;
import org.examcommit.batch.io.Datasets;
import org.examcommit.batch.io.Row;
import org.examcommit.batch.io.RowReader;
import org.examcommit.registration.candidate.IdNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * social_insurance, the one huge dataset (a row per person, employer and month): checked for types
 * only, compacted in one pass into a month bitmap per (id_number, employer_credit_code), and stored
 * as runs of consecutive months in {@code social_insurance_spans}, replacing the previous snapshot.
 * Any day of a month stands for that month; a month delivered twice counts once.
 */
@Component
class SocialInsuranceLoader implements DatasetImport {

    static final String DATASET = "social_insurance";
    private static final Logger log = LoggerFactory.getLogger(SocialInsuranceLoader.class);
    private static final List<String> COLUMNS = List.of("id_number", "employer_credit_code", "month");

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ReadAhead<Read> ahead = new ReadAhead<>(DATASET);

    SocialInsuranceLoader(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return DATASET;
    }

    /** What the pass over the file gives: the compaction and the file's content hash. */
    record Read(Compaction compaction, String sha256) {}

    /**
     * Starts the pass over the bundle's social_insurance on a thread of its own: it needs no database,
     * so the import job starts it with the job and it runs while the datasets before it load. The step
     * then takes its result ({@link #load}); a bundle without the dataset starts nothing.
     */
    void readAhead(Path bundle) throws IOException {
        Optional<Path> file = Datasets.locate(bundle, DATASET);
        if (file.isEmpty()) {
            return;
        }
        ahead.start(file.get(), () -> {
            try (RowReader reader = Datasets.open(file.get())) {
                if (!reader.columns().names().containsAll(COLUMNS)) {
                    return null; // the step refuses the file itself
                }
                return new Read(compact(reader, Progress.quiet(DATASET)), ContentHash.sha256(file.get()));
            }
        });
    }

    /** Stops a read ahead whose step will not run (the job ended before it). */
    void discardReadAhead() {
        ahead.discard();
    }

    @Override
    public Optional<DatasetReport> load(Path bundle, LocalDate runDate) throws Exception {
        return DatasetFile.load(dataSource, jdbc, bundle, runDate, DATASET, COLUMNS, (connection, reader) -> {
            Progress progress = new Progress(DATASET);
            Path file = Datasets.locate(bundle, DATASET).orElseThrow();
            Read read = ahead.take(file).orElse(null);
            if (read == null) {
                read = new Read(compact(reader, progress), ContentHash.sha256(file));
            } else {
                log.info("{}: taken from the read started with the job", DATASET);
            }
            Compaction compaction = read.compaction();
            long spans = writeSpans(connection, compaction, runDate);
            Quarantine.replace(jdbc, connection, runDate, DATASET, compaction.bad);
            LocalDate lastMonth = compaction.lastMonth < 0 ? null : firstDay(compaction.lastMonth);
            Snapshots.record(jdbc, DATASET, runDate, bundle, compaction.good, lastMonth);
            SnapshotProfiles.profileSocialInsurance(
                    jdbc,
                    runDate,
                    bundle,
                    read.sha256(),
                    compaction.good,
                    compaction.bad,
                    compaction.persons(),
                    compaction.monthRows(),
                    COLUMNS);
            progress.done(compaction.good, compaction.bad.size());
            log.info(
                    "{}: {} monthly rows compacted into {} spans for {} person-employer pairs",
                    DATASET,
                    compaction.good,
                    spans,
                    compaction.months.size());
            return new DatasetReport(DATASET, compaction.good, compaction.bad.size());
        });
    }

    /** One pass over the rows: check each, and set its month in the bitmap of its person and employer. */
    static Compaction compact(RowReader reader, Progress progress) throws IOException {
        int idColumn = reader.columns().indexOf("id_number");
        int employerColumn = reader.columns().indexOf("employer_credit_code");
        int monthColumn = reader.columns().indexOf("month");
        Compaction c = new Compaction();
        Map<String, Integer> employerIndex = new HashMap<>();
        String lastRawId = null;
        String lastId = null;
        String lastIdProblem = null;
        Key lastKey = null;
        MonthSet lastSet = null;
        for (Row row = reader.next(); row != null; row = reader.next()) {
            if ((row.number() & 0xFFFF) == 0 && Thread.currentThread().isInterrupted()) {
                throw new java.io.InterruptedIOException(DATASET + ": read stopped");
            }
            String rawId = row.get(idColumn);
            if (rawId == null || !rawId.equals(lastRawId)) {
                lastRawId = rawId;
                lastId = rawId == null ? null : IdNumber.normalise(rawId);
                lastIdProblem = IdNumber.problem(lastId).orElse(null);
            }
            if (lastIdProblem != null) {
                c.bad.add(BadRow.of(row, new Problem("id_number", lastIdProblem)));
                continue;
            }
            String rawEmployer = row.get(employerColumn);
            String employer = rawEmployer == null ? "" : rawEmployer.strip();
            Integer employerNo = employerIndex.get(employer);
            if (employerNo == null) {
                if (!FieldReader.isCreditCode(employer)) {
                    c.bad.add(
                            BadRow.of(
                                    row,
                                    new Problem(
                                            "employer_credit_code",
                                            employer.isEmpty()
                                                    ? "employer_credit_code is required"
                                                    : "employer_credit_code must be 18 characters of digits and upper-case letters except I, O, Z, S, V")));
                    continue;
                }
                employerNo = c.employers.size();
                c.employers.add(employer);
                employerIndex.put(employer, employerNo);
            }
            int month = month(row.get(monthColumn));
            if (month < 0) {
                c.bad.add(BadRow.of(row, new Problem("month", "month must be an ISO date yyyy-MM-dd")));
                continue;
            }
            if (lastKey == null || lastKey.employer != employerNo || !lastKey.idNumber.equals(lastId)) {
                lastKey = new Key(lastId, employerNo);
                lastSet = c.months.computeIfAbsent(lastKey, k -> new MonthSet());
            }
            lastSet.add(month);
            c.rowsPerMonth[month]++;
            c.lastMonth = Math.max(c.lastMonth, month);
            c.good++;
            progress.rows(row.number(), reader.fractionRead());
        }
        return c;
    }

    /** The month index of an ISO date (any day of the month), or -1 when the text is not a real date. */
    static int month(String raw) {
        if (raw == null) {
            return -1;
        }
        String s = raw.strip();
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return -1;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 0
                || month < 1
                || month > 12
                || day < 1
                || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return -1;
        }
        return MonthSet.index(year, month);
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            n = n * 10 + (ch - '0');
        }
        return n;
    }

    static LocalDate firstDay(int monthIndex) {
        return LocalDate.of(monthIndex / 12, monthIndex % 12 + 1, 1);
    }

    private long writeSpans(Connection connection, Compaction compaction, LocalDate runDate) throws Exception {
        jdbc.sql("TRUNCATE social_insurance_spans").update();
        long[] spans = {0};
        String snapshot = runDate.toString();
        try (CopyWriter copy = new CopyWriter(
                connection,
                "social_insurance_spans",
                List.of("id_number", "employer_credit_code", "first_month", "last_month", "snapshot_date"))) {
            try {
                for (Map.Entry<Key, MonthSet> e : compaction.months.entrySet()) {
                    String id = e.getKey().idNumber;
                    String employer = compaction.employers.get(e.getKey().employer);
                    e.getValue().forEachRun((first, last) -> {
                        try {
                            copy.write(id, employer, monthText(first), monthText(last), snapshot);
                        } catch (IOException ex) {
                            throw new java.io.UncheckedIOException(ex);
                        }
                        spans[0]++;
                    });
                }
            } catch (RuntimeException ex) {
                copy.abort();
                throw ex;
            }
        }
        jdbc.sql("ANALYZE social_insurance_spans").update();
        return spans[0];
    }

    private static String monthText(int monthIndex) {
        int year = monthIndex / 12;
        int month = monthIndex % 12 + 1;
        char[] c = {
            (char) ('0' + year / 1000),
            (char) ('0' + year / 100 % 10),
            (char) ('0' + year / 10 % 10),
            (char) ('0' + year % 10),
            '-',
            (char) ('0' + month / 10),
            (char) ('0' + month % 10),
            '-',
            '0',
            '1'
        };
        return new String(c);
    }

    private record Key(String idNumber, int employer) {}

    /** The result of the pass: bitmaps per person and employer, the bad rows, counts. */
    static final class Compaction {
        final Map<Key, MonthSet> months = new HashMap<>();
        final List<String> employers = new ArrayList<>();
        final List<BadRow> bad = new ArrayList<>();
        /** Rows per month index (year * 12 + month - 1; a 4-digit year at most), for the snapshot's profile. */
        final long[] rowsPerMonth = new long[MonthSet.index(10_000, 1)];

        long good;
        int lastMonth = -1;

        long persons() {
            return months.keySet().stream().map(Key::idNumber).distinct().count();
        }

        /** The months with rows, in order, with their row counts. */
        java.util.SortedMap<LocalDate, Long> monthRows() {
            java.util.SortedMap<LocalDate, Long> rows = new java.util.TreeMap<>();
            for (int m = 0; m < rowsPerMonth.length; m++) {
                if (rowsPerMonth[m] > 0) {
                    rows.put(firstDay(m), rowsPerMonth[m]);
                }
            }
            return rows;
        }
    }
}
