package org.examcommit.schedules.pipeline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The run history of the nightly pipeline: one {@code pipeline_runs} row per night, one {@code pipeline_stages} row per stage. */
@Repository
public class RunHistory {

    /** The stage that imports a bundle (quarantine is its output). */
    public static final String IMPORT = "import";
    /** The stage that gives up applications still waiting for on-site verification past their deadline. */
    public static final String DEADLINES = "deadlines";
    /** The stage that verifies applications (verification_results, onsite_verification_list). */
    public static final String VERIFY = "verify";
    /** The Spark supervision: flags, key_supervision, public_notice, findings. */
    public static final String ANALYTICS = "analytics";

    /**
     * The random draw's commitment when the analytics start: seed hash, population and its hash (sample_draws,
     * draw_population); a draw committed before for the date is kept.
     */
    public static final String COMMIT_DRAW = "commit-draw";
    /** The Spark random draw over the committed populations: sampled, draw_strata, RANDOM_CHECK findings. */
    public static final String DRAW = "draw";
    /** The night's end: the draws' seeds revealed (sample_draws.seed, revealed_at) and their draw pages written. */
    public static final String PUBLISH = "publish";

    /** Written on runs left RUNNING by a process that died (kill -9, power loss). */
    static final String INTERRUPTED = "interrupted: the process ended before the run finished";

    private final JdbcClient jdbc;

    public RunHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long startRun(LocalDate runDate, String command, String bundle) {
        return jdbc.sql("""
                        INSERT INTO pipeline_runs (run_date, command, bundle, status)
                        VALUES (:runDate, :command, :bundle, 'RUNNING')
                        RETURNING run_id""")
                .param("runDate", runDate)
                .param("command", command)
                .param("bundle", bundle)
                .query(Long.class)
                .single();
    }

    void startStage(long runId, String stage) {
        jdbc.sql("INSERT INTO pipeline_stages (run_id, stage, status) VALUES (:runId, :stage, 'RUNNING')")
                .param("runId", runId)
                .param("stage", stage)
                .update();
    }

    void finishStage(long runId, String stage, String status, String counts, String error) {
        jdbc.sql("""
                        UPDATE pipeline_stages SET status = :status, finished_at = now(), counts = :counts, error = :error
                        WHERE run_id = :runId AND stage = :stage""")
                .param("status", status)
                .param("counts", counts)
                .param("error", error)
                .param("runId", runId)
                .param("stage", stage)
                .update();
    }

    void finishRun(long runId, String status, String error) {
        jdbc.sql("UPDATE pipeline_runs SET status = :status, finished_at = now(), error = :error WHERE run_id = :runId")
                .param("status", status)
                .param("error", error)
                .param("runId", runId)
                .update();
    }

    /** Records a stage that a run did not redo because an earlier run of the date finished it. */
    void skipStage(long runId, String stage, String note) {
        jdbc.sql("""
                        INSERT INTO pipeline_stages (run_id, stage, status, finished_at, counts)
                        VALUES (:runId, :stage, 'SKIPPED', now(), :note)""")
                .param("runId", runId)
                .param("stage", stage)
                .param("note", note)
                .update();
    }

    /** The last night (a run of any command but a bare import) of the run date, with its stages. */
    public Optional<Run> lastNight(LocalDate runDate) {
        return runs(Optional.of(runDate)).stream()
                .filter(r -> !IMPORT.equals(r.command()))
                .reduce((first, second) -> second);
    }

    /** One run with its stages. */
    public Optional<Run> run(long runId) {
        return jdbc.sql("""
                        SELECT run_id, run_date, command, bundle, status, started_at, finished_at, error
                        FROM pipeline_runs WHERE run_id = :runId""")
                .param("runId", runId)
                .query(RunHistory::run)
                .optional()
                .map(run -> run.withStages(stages(runId)));
    }

    /** A run still RUNNING (the newest), without its stages. */
    public Optional<Run> running() {
        return jdbc.sql("""
                        SELECT run_id, run_date, command, bundle, status, started_at, finished_at, error
                        FROM pipeline_runs WHERE status = 'RUNNING' ORDER BY run_id DESC LIMIT 1""").query(RunHistory::run).optional();
    }

    /**
     * Marks the runs and stages still RUNNING as FAILED (interrupted). Call only while holding the
     * {@link NightLock}: then no live process is running a night, so a RUNNING row is a dead one's.
     */
    public int markInterrupted() {
        jdbc.sql("""
                        UPDATE pipeline_stages SET status = 'FAILED', finished_at = now(), error = :error
                        WHERE status = 'RUNNING'""").param("error", INTERRUPTED).update();
        return jdbc.sql("""
                        UPDATE pipeline_runs SET status = 'FAILED', finished_at = now(), error = :error
                        WHERE status = 'RUNNING'""").param("error", INTERRUPTED).update();
    }

    /** True when a run of that date completed the stage (the stage's datasets exist for the date). */
    public boolean stageCompleted(LocalDate runDate, String stage) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM pipeline_runs r JOIN pipeline_stages s ON s.run_id = r.run_id
                                       WHERE r.run_date = :runDate AND s.stage = :stage AND s.status = 'COMPLETED')""")
                .param("runDate", runDate)
                .param("stage", stage)
                .query(Boolean.class)
                .single();
    }

    /** Runs, oldest first, with their stages; all of them, or those of one run date. */
    public List<Run> runs(Optional<LocalDate> runDate) {
        List<Run> runs = jdbc.sql("""
                        SELECT run_id, run_date, command, bundle, status, started_at, finished_at, error
                        FROM pipeline_runs WHERE CAST(:runDate AS date) IS NULL OR run_date = :runDate
                        ORDER BY run_id""")
                .param("runDate", runDate.orElse(null))
                .query(RunHistory::run)
                .list();
        return runs.stream().map(run -> run.withStages(stages(run.runId()))).toList();
    }

    private static Run run(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Run(
                rs.getLong("run_id"),
                rs.getObject("run_date", LocalDate.class),
                rs.getString("command"),
                rs.getString("bundle"),
                rs.getString("status"),
                rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class),
                rs.getString("error"),
                List.of());
    }

    private List<Stage> stages(long runId) {
        return jdbc.sql("""
                        SELECT stage, status, started_at, finished_at, counts, error
                        FROM pipeline_stages WHERE run_id = :runId ORDER BY started_at, stage""")
                .param("runId", runId)
                .query((rs, i) -> new Stage(
                        rs.getString("stage"),
                        rs.getString("status"),
                        rs.getObject("started_at", OffsetDateTime.class),
                        rs.getObject("finished_at", OffsetDateTime.class),
                        rs.getString("counts"),
                        rs.getString("error")))
                .list();
    }

    /** One night (or one bare import) as recorded. */
    public record Run(
            long runId,
            LocalDate runDate,
            String command,
            String bundle,
            String status,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            String error,
            List<Stage> stages) {

        Run withStages(List<Stage> stages) {
            return new Run(runId, runDate, command, bundle, status, startedAt, finishedAt, error, stages);
        }

        /** The stage that failed, or null. */
        public String failedStage() {
            return stages.stream()
                    .filter(s -> "FAILED".equals(s.status()))
                    .map(Stage::stage)
                    .findFirst()
                    .orElse(null);
        }
    }

    /** One stage of a run: times, counts and the error when it failed. */
    public record Stage(
            String stage,
            String status,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            String counts,
            String error) {}
}
