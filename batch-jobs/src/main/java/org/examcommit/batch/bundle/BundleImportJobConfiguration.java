package org.examcommit.batch.bundle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The bundle import job (DATA-CONTRACT §1): one tasklet step per dataset, in dependency order, each
 * one transaction (a failed step leaves its dataset as it was). A dataset the bundle lacks is skipped.
 * Job parameters: {@link #BUNDLE} (absolute folder), {@link #RUN_DATE}, and {@link #RUN_COUNTER} so
 * that importing the same bundle for the same date again is a new job instance.
 */
@Configuration(proxyBeanMethods = false)
public class BundleImportJobConfiguration {

    public static final String JOB_NAME = "bundleImportJob";
    public static final String BUNDLE = "bundle";
    public static final String RUN_DATE = "run.date";
    public static final String RUN_COUNTER = "run.counter";

    /** The datasets of a bundle in the order they load: referenced rows before the rows naming them. */
    public static final List<String> DATASETS = List.of(
            "candidates",
            "education",
            "work_experience",
            "applications",
            "public_reports",
            "identity_registry",
            "education_registry",
            "degree_registry",
            "social_insurance",
            "integrity_archive");

    @Bean(name = JOB_NAME)
    Job bundleImportJob(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            DatasetLoader loader,
            SocialInsuranceLoader socialInsurance) {
        List<DatasetImport> imports = new ArrayList<>();
        DatasetSpecs.ALL.forEach(spec -> imports.add(loader.importOf(spec)));
        // social_insurance loads after the registries and before the archive (see DATASETS)
        imports.add(DATASETS.indexOf(SocialInsuranceLoader.DATASET), socialInsurance);
        // Steps run one after the other: side by side they would make Spring Batch's own SERIALIZABLE
        // metadata transactions fail with serialization errors on PostgreSQL.
        SimpleJobBuilder job = new JobBuilder(JOB_NAME, jobRepository)
                .listener(readAheadOf(socialInsurance))
                .start(step(imports.get(0), jobRepository, transactionManager));
        for (DatasetImport each : imports.subList(1, imports.size())) {
            job = job.next(step(each, jobRepository, transactionManager));
        }
        return job.build();
    }

    /**
     * social_insurance, the one huge file, is compacted from the job's start on a thread of its own
     * (it needs no database), beside the steps before it; its step takes the result.
     */
    private static JobExecutionListener readAheadOf(SocialInsuranceLoader socialInsurance) {
        return new JobExecutionListener() {
            @Override
            public void beforeJob(JobExecution execution) {
                String bundle = execution.getJobParameters().getString(BUNDLE);
                try {
                    socialInsurance.readAhead(Path.of(bundle));
                } catch (IOException | RuntimeException e) {
                    // nothing read ahead: the step reads the file itself and reports any problem
                }
            }

            @Override
            public void afterJob(JobExecution execution) {
                socialInsurance.discardReadAhead();
            }
        };
    }

    static String stepName(String dataset) {
        return JOB_NAME + "." + dataset;
    }

    private static Step step(
            DatasetImport datasetImport, JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        return new StepBuilder(stepName(datasetImport.name()), jobRepository)
                .tasklet(new ImportDatasetTasklet(datasetImport), transactionManager)
                .build();
    }
}
