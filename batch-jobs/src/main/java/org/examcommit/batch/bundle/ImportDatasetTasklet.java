package org.examcommit.batch.bundle;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.examcommit.batch.bundle.ImportReport.DatasetReport;
import org.examcommit.contract.privacy.Redaction;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * One step of the import job: imports one dataset in the step's transaction and keeps its counts in
 * the step's execution context ({@code loaded}, {@code quarantined}) for the report.
 */
final class ImportDatasetTasklet implements Tasklet {

    static final String LOADED = "loaded";
    static final String QUARANTINED = "quarantined";

    private final DatasetImport datasetImport;

    ImportDatasetTasklet(DatasetImport datasetImport) {
        this.datasetImport = datasetImport;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Map<String, Object> parameters = chunkContext.getStepContext().getJobParameters();
        Path bundle =
                Path.of(parameters.get(BundleImportJobConfiguration.BUNDLE).toString());
        LocalDate runDate = LocalDate.parse(
                parameters.get(BundleImportJobConfiguration.RUN_DATE).toString());
        Optional<DatasetReport> report;
        try {
            report = datasetImport.load(bundle, runDate);
        } catch (Exception e) {
            // database errors quote row values: only a masked one-line reason leaves the step
            BundleImportException safe =
                    new BundleImportException(datasetImport.name() + ": " + Redaction.rootMessage(e));
            safe.setStackTrace(e.getStackTrace());
            throw safe;
        }
        ExecutionContext context =
                chunkContext.getStepContext().getStepExecution().getExecutionContext();
        report.ifPresent(r -> {
            context.putLong(LOADED, r.loaded());
            context.putLong(QUARANTINED, r.quarantined());
            contribution.incrementWriteCount(r.loaded());
            contribution.incrementFilterCount(r.quarantined());
        });
        return RepeatStatus.FINISHED;
    }
}
