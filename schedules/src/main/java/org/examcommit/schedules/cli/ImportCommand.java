package org.examcommit.schedules.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.examcommit.batch.bundle.ImportReport;
import org.examcommit.contract.ContractTime;
import org.examcommit.schedules.pipeline.NightlyPipeline;
import org.springframework.stereotype.Component;

/** {@code ./pipeline import BUNDLE_DIR}: imports a bundle with today's run date in Asia/Shanghai (contract §1). */
@Component
class ImportCommand {

    private final NightlyPipeline pipeline;
    private final CliOutput out;

    ImportCommand(NightlyPipeline pipeline, CliOutput out) {
        this.pipeline = pipeline;
        this.out = out;
    }

    static Invocation parse(List<String> args) throws UsageException {
        Options options = Options.parse("import", args, Set.of());
        Path bundle = Options.bundleDirectory(
                "import", options.positional("BUNDLE_DIR").get(0));
        return context -> context.getBean(ImportCommand.class).execute(bundle);
    }

    int execute(Path bundle) {
        ImportReport report = pipeline.importBundle(bundle, LocalDate.now(ContractTime.ZONE));
        printReport(out, report);
        return 0;
    }

    /** Per dataset, the rows loaded and the rows quarantined, as a small table. */
    static void printReport(CliOutput out, ImportReport report) {
        out.println(String.format("%-20s %10s %12s", "dataset", "loaded", "quarantined"));
        for (ImportReport.DatasetReport d : report.datasets()) {
            out.println(String.format("%-20s %10d %12d", d.dataset(), d.loaded(), d.quarantined()));
        }
    }
}
