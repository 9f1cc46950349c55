package org.examcommit.batch.bundle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.examcommit.batch.bundle.ImportReport.DatasetReport;
import org.examcommit.batch.io.Datasets;
import org.examcommit.contract.privacy.Redaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.NoSuchJobException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Imports an input bundle (DATA-CONTRACT §1) by running the import job, and reports what it loaded. */
@Component
public class BundleImport {

    private static final Logger log = LoggerFactory.getLogger(BundleImport.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;

    BundleImport(
            JobOperator jobOperator,
            JobRepository jobRepository,
            @Qualifier(BundleImportJobConfiguration.JOB_NAME) Job job) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = job;
    }

    /**
     * Imports the bundle in {@code bundleDir} for the night of {@code runDate}.
     *
     * @throws BundleImportException when the folder is not a bundle or the import failed (one-line, masked reason)
     */
    public ImportReport importBundle(Path bundleDir, LocalDate runDate) {
        Path bundle = bundleDir.toAbsolutePath().normalize();
        requireBundle(bundle);
        log.info("Importing bundle {} for run date {}", bundle, runDate);
        JobExecution execution = start(bundle, runDate);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            String reason = execution.getAllFailureExceptions().stream()
                    .findFirst()
                    .map(Redaction::rootMessage)
                    .orElse("status " + execution.getStatus());
            throw new BundleImportException("import of " + bundle + " failed: " + reason);
        }
        return report(execution, runDate);
    }

    private static void requireBundle(Path bundle) {
        if (!Files.isDirectory(bundle)) {
            throw new BundleImportException("not a bundle: " + bundle + " is not a folder");
        }
        boolean any = BundleImportJobConfiguration.DATASETS.stream()
                .anyMatch(name -> Datasets.locate(bundle, name).isPresent());
        if (!any) {
            throw new BundleImportException("not a bundle: " + bundle + " holds none of the datasets "
                    + String.join(", ", BundleImportJobConfiguration.DATASETS) + " as .csv or .parquet");
        }
    }

    /** Starts a new job instance: the run counter follows the instances already recorded. */
    private JobExecution start(Path bundle, LocalDate runDate) {
        long counter = instanceCount() + 1;
        for (int attempt = 0; ; attempt++) {
            JobParameters parameters = new JobParametersBuilder()
                    .addString(BundleImportJobConfiguration.BUNDLE, bundle.toString())
                    .addLocalDate(BundleImportJobConfiguration.RUN_DATE, runDate)
                    .addLong(BundleImportJobConfiguration.RUN_COUNTER, counter + attempt)
                    .toJobParameters();
            try {
                return jobOperator.start(job, parameters);
            } catch (JobInstanceAlreadyCompleteException e) {
                if (attempt >= 10) {
                    throw new BundleImportException("cannot start the import job: " + Redaction.rootMessage(e));
                }
            } catch (Exception e) {
                throw new BundleImportException("cannot start the import job: " + Redaction.rootMessage(e));
            }
        }
    }

    private long instanceCount() {
        try {
            return jobRepository.getJobInstanceCount(BundleImportJobConfiguration.JOB_NAME);
        } catch (NoSuchJobException e) {
            return 0;
        }
    }

    private static ImportReport report(JobExecution execution, LocalDate runDate) {
        List<DatasetReport> datasets = new ArrayList<>();
        for (String dataset : BundleImportJobConfiguration.DATASETS) {
            String step = BundleImportJobConfiguration.stepName(dataset);
            for (StepExecution s : execution.getStepExecutions()) {
                ExecutionContext context = s.getExecutionContext();
                if (s.getStepName().equals(step) && context.containsKey(ImportDatasetTasklet.LOADED)) {
                    datasets.add(new DatasetReport(
                            dataset,
                            context.getLong(ImportDatasetTasklet.LOADED),
                            context.getLong(ImportDatasetTasklet.QUARANTINED)));
                }
            }
        }
        return new ImportReport(runDate, datasets);
    }
}
