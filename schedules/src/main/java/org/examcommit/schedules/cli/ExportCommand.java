package org.examcommit.schedules.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.examcommit.schedules.export.CsvExport;
import org.examcommit.schedules.export.OutputDataset;
import org.examcommit.schedules.pipeline.RunHistory;
import org.springframework.stereotype.Component;

/** {@code ./pipeline export DATASET --date yyyy-MM-dd --out FILE.csv}: one dataset of one run date as CSV. */
@Component
class ExportCommand {

    private final CsvExport export;
    private final RunHistory history;

    ExportCommand(CsvExport export, RunHistory history) {
        this.export = export;
        this.history = history;
    }

    static Invocation parse(List<String> args) throws UsageException {
        Options options = Options.parse("export", args, Set.of("date", "out"));
        String name = options.positional("DATASET").get(0);
        OutputDataset dataset = OutputDataset.named(name)
                .orElseThrow(() -> new UsageException("export: unknown dataset '" + name
                        + "' (the system writes so far: " + String.join(", ", OutputDataset.names()) + ")"));
        LocalDate runDate = Options.date("export", options.required("date"));
        Path out = Path.of(options.required("out"));
        return context -> context.getBean(ExportCommand.class).execute(dataset, runDate, out);
    }

    int execute(OutputDataset dataset, LocalDate runDate, Path out) {
        Optional<String> stage = dataset.writtenBy().filter(s -> !history.stageCompleted(runDate, s));
        if (stage.isPresent()) {
            throw new CommandFailedException("export: no " + dataset.datasetName() + " for run date " + runDate
                    + ": no " + stage.get() + " stage of that date completed (see ./pipeline status)");
        }
        long rows = export.export(dataset, runDate, out);
        System.err.println(
                "pipeline: exported " + rows + " rows of " + dataset.datasetName() + " for " + runDate + " to " + out);
        return 0;
    }
}
