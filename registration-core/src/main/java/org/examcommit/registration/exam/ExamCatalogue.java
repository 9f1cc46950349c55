package org.examcommit.registration.exam;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The exam catalogue as the API reads it: held in memory (the submission path asks it on every
 * request) and read again from the tables after {@code cacheTtl}, or at once when a window is asked
 * for that the held copy does not know (a window inserted since, at most once a second).
 */
@Service
public class ExamCatalogue {

    private static final String EXAMS = "SELECT exam_code, name FROM exams ORDER BY exam_code";
    private static final String LEVELS = "SELECT exam_code, level, name FROM exam_levels ORDER BY exam_code, level";
    private static final String WINDOWS = """
            SELECT exam_code, exam_year, province_code, registration_opens, registration_closes, payment_deadline,
                   onsite_verification_deadline, exam_starts, exam_ends
              FROM exam_windows
            """;
    private static final Duration MISS_RELOAD_INTERVAL = Duration.ofSeconds(1);

    private final JdbcClient jdbc;
    private final Duration ttl;
    private final Clock clock;
    private volatile Snapshot snapshot;

    ExamCatalogue(JdbcClient jdbc, ExamCatalogueProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.ttl = properties.cacheTtl();
        this.clock = clock;
    }

    private record Snapshot(Map<String, Exam> exams, Map<WindowKey, ExamWindow> windows, Instant loadedAt) {}

    /** Looked up on every submission: a record key, no string building. */
    private record WindowKey(String examCode, int year, String provinceCode) {}

    public List<Exam> exams() {
        return List.copyOf(current().exams().values());
    }

    public Optional<Exam> exam(String code) {
        Exam exam = current().exams().get(code);
        if (exam == null && reloadAfterMiss()) {
            exam = snapshot.exams().get(code);
        }
        return Optional.ofNullable(exam);
    }

    /** The windows of an exam (every year when {@code year} is null), by year then province. */
    public List<ExamWindow> windows(String examCode, Integer year) {
        return current().windows().values().stream()
                .filter(w -> w.examCode().equals(examCode) && (year == null || w.examYear() == year))
                .sorted(Comparator.comparingInt(ExamWindow::examYear).thenComparing(ExamWindow::provinceCode))
                .toList();
    }

    public Optional<ExamWindow> window(String examCode, int year, String provinceCode) {
        WindowKey key = new WindowKey(examCode, year, provinceCode);
        ExamWindow window = current().windows().get(key);
        if (window == null && reloadAfterMiss()) {
            window = snapshot.windows().get(key);
        }
        return Optional.ofNullable(window);
    }

    /** Reads the catalogue from the tables now. */
    public synchronized void refresh() {
        Map<String, List<Exam.Level>> levels = jdbc
                .sql(LEVELS)
                .query((rs, n) -> Map.entry(rs.getString(1), new Exam.Level(rs.getString(2), rs.getString(3))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey,
                        LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<String, Exam> exams = new LinkedHashMap<>();
        jdbc.sql(EXAMS)
                .query((rs, n) -> new Exam(
                        rs.getString(1), rs.getString(2), List.copyOf(levels.getOrDefault(rs.getString(1), List.of()))))
                .list()
                .forEach(e -> exams.put(e.code(), e));
        Map<WindowKey, ExamWindow> windows = windowsInTables().stream()
                .collect(Collectors.toMap(w -> new WindowKey(w.examCode(), w.examYear(), w.provinceCode()), w -> w));
        snapshot = new Snapshot(Collections.unmodifiableMap(exams), Map.copyOf(windows), clock.instant());
    }

    /** Every window as the tables hold it now, past the cache (the night's deadlines stage reads them so). */
    public List<ExamWindow> windowsInTables() {
        return jdbc.sql(WINDOWS)
                .query((rs, n) -> new ExamWindow(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7).toInstant(),
                        rs.getDate(8).toLocalDate(),
                        rs.getDate(9).toLocalDate()))
                .list();
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || stale(s)) {
            synchronized (this) {
                if (snapshot == null || stale(snapshot)) {
                    refresh();
                }
                s = snapshot;
            }
        }
        return s;
    }

    private boolean stale(Snapshot s) {
        return s.loadedAt().plus(ttl).isBefore(clock.instant());
    }

    private synchronized boolean reloadAfterMiss() {
        if (snapshot == null || snapshot.loadedAt().plus(MISS_RELOAD_INTERVAL).isAfter(clock.instant())) {
            return false;
        }
        refresh();
        return true;
    }
}
