package org.examcommit.schedules.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.examcommit.batch.verification.VerificationReport;
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
        NightlyPipeline.Night night = pipeline.run(runDate, bundle);
        night.imported().ifPresent(report -> ImportCommand.printReport(out, report));
        VerificationReport v = night.verified();
        out.println(String.format(
                "verified %d applications for %s: %d exempt, %d onsite, %d skipped",
                v.verified(), runDate, v.exempt(), v.onsite(), v.skipped()));
        out.println("analytics for " + runDate + ": " + night.analytics());
        out.println("random draw for " + runDate + ": " + night.draw());
        out.flush();
        System.err.println("pipeline: the night of " + runDate + " (run " + night.runId() + ") completed");
        return 0;
    }
}
