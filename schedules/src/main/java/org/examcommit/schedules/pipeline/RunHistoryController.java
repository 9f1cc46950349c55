package org.examcommit.schedules.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.examcommit.registration.system.RuleViolationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The run history for officers (role OFFICER, as every {@code /api/officer/**} path): the runs with their
 * stages, times, counts and errors, as {@code ./pipeline status} shows them.
 */
@RestController
@RequestMapping("/api/officer/runs")
class RunHistoryController {

    private final RunHistory history;

    RunHistoryController(RunHistory history) {
        this.history = history;
    }

    /** Every run, oldest first, or those of one run date ({@code ?date=yyyy-MM-dd}). */
    @GetMapping
    List<RunHistory.Run> runs(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return history.runs(Optional.ofNullable(date));
    }

    /** One run with its stages. */
    @GetMapping("/{runId}")
    RunHistory.Run run(@PathVariable long runId) {
        return history.run(runId)
                .orElseThrow(() -> new RuleViolationException(
                        RuleViolationException.Kind.NOT_FOUND, "runId", "run.unknown", "No run " + runId));
    }
}
