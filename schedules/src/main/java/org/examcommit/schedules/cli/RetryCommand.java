package org.examcommit.schedules.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.examcommit.schedules.pipeline.NightlyPipeline;
import org.springframework.stereotype.Component;

/** {@code ./pipeline retry --date yyyy-MM-dd}: resumes the date's failed night at its failed stage. */
@Component
class RetryCommand {

    private final NightlyPipeline pipeline;
    private final CliOutput out;

    RetryCommand(NightlyPipeline pipeline, CliOutput out) {
        this.pipeline = pipeline;
        this.out = out;
    }

    static Invocation parse(List<String> args) throws UsageException {
        Options options = Options.parse("retry", args, Set.of("date"));
        options.positional();
        LocalDate runDate = Options.date("retry", options.required("date"));
        return context -> context.getBean(RetryCommand.class).execute(runDate);
    }

    int execute(LocalDate runDate) {
        RunCommand.printNight(out, pipeline.retry(runDate));
        return 0;
    }
}
