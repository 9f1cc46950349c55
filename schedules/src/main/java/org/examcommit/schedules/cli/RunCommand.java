package org.examcommit.schedules.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.examcommit.schedules.pipeline.NightlyPipeline;
import org.springframework.stereotype.Component;

/** {@code ./pipeline run --date yyyy-MM-dd [--bundle BUNDLE_DIR]}: one night for that run date. */
@Component
class RunCommand {

    private final NightlyPipeline pipeline;
    private final CliOutput out;

    RunCommand(NightlyPipeline pipeline, CliOutput out) {
        this.pipeline = pipeline;
        this.out = out;
    }

    static Invocation parse(List<String> args) throws UsageException {
        Options options = Options.parse("run", args, Set.of("date", "bundle"));
        options.positional();
        LocalDate runDate = Options.date("run", options.required("date"));
        Optional<Path> bundle = Optional.empty();
        if (options.optional("bundle").isPresent()) {
            bundle = Optional.of(
                    Options.bundleDirectory("run", options.optional("bundle").get()));
        }
        Optional<Path> given = bundle;
        return context -> context.getBean(RunCommand.class).execute(runDate, given);
    }

    int execute(LocalDate runDate, Optional<Path> bundle) {
        printNight(out, pipeline.run(runDate, bundle));
        return 0;
    }

    /** What a night (run or retry) did: the imports, the verification and analytics counts, the stages skipped. */
    static void printNight(CliOutput out, NightlyPipeline.Night night) {
        night.imported().forEach(report -> ImportCommand.printReport(out, report));
        for (String stage : night.skipped()) {
            out.println("stage " + stage + " skipped: an earlier run of " + night.runDate() + " finished it");
        }
        night.verified()
                .ifPresent(v -> out.println(String.format(
                        "verified %d applications for %s: %d exempt, %d onsite, %d skipped",
                        v.verified(), night.runDate(), v.exempt(), v.onsite(), v.skipped())));
        night.analytics().ifPresent(a -> out.println("analytics for " + night.runDate() + ": " + a));
        night.draw().ifPresent(d -> out.println("random draw for " + night.runDate() + ": " + d));
        out.flush();
        System.err.println("pipeline: the night of " + night.runDate() + " (run " + night.runId() + ") completed");
    }
}
