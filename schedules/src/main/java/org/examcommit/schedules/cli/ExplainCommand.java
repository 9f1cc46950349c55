package org.examcommit.schedules.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.examcommit.schedules.explain.Explanation;
import org.springframework.stereotype.Component;

/**
 * {@code ./pipeline explain APPLICATION_ID --date yyyy-MM-dd}: one application's night (verification with
 * its source rows, flags, draws, snapshot versions) on stdout, masked as DATA-CONTRACT §5.
 */
@Component
class ExplainCommand {

    private final Explanation explanation;
    private final CliOutput out;

    ExplainCommand(Explanation explanation, CliOutput out) {
        this.explanation = explanation;
        this.out = out;
    }

    static Invocation parse(List<String> args) throws UsageException {
        Options options = Options.parse("explain", args, Set.of("date"));
        String applicationId = options.positional("APPLICATION_ID").get(0).strip();
        LocalDate runDate = Options.date("explain", options.required("date"));
        return context -> context.getBean(ExplainCommand.class).execute(applicationId, runDate);
    }

    int execute(String applicationId, LocalDate runDate) {
        List<String> lines = explanation
                .explain(applicationId, runDate)
                .orElseThrow(() -> new CommandFailedException("explain: application " + applicationId
                        + " has no verification result of " + runDate + " (see ./pipeline status)"));
        lines.forEach(out::println);
        return 0;
    }
}
