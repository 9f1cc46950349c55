package org.examcommit.batch.verification;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.examcommit.batch.verification.checks.ApplicationFacts;
import org.examcommit.batch.verification.checks.ApplicationVerifier;
import org.examcommit.batch.verification.checks.Eligibility;
import org.examcommit.batch.verification.checks.EligibilityRulesCsv;
import org.examcommit.batch.verification.checks.VerificationOutcome;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly verification job, in step order: prepare (queue the night's applications, clear the date's
 * output), verify (chunks of applications: reader, pure checks, a COPY of the results; a processing failure is
 * quarantined up to {@code examcommit.verification.skip-limit}, then the job fails), then side by side apply
 * (application states, events and the on-site list, set-based from the results) and export (Parquet). Job parameters:
 * runDate and bundleOnly, plus a run counter that makes a re-run of a completed date a new instance.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VerificationProperties.class)
public class VerificationJobConfiguration {

    public static final String JOB = "nightlyVerification";
    static final String PREPARE_STEP = "verificationPrepare";
    static final String VERIFY_STEP = "verificationVerify";
    static final String APPLY_STEP = "verificationApply";
    static final String EXPORT_STEP = "verificationExport";
    static final String RUN_DATE = "runDate";
    static final String BUNDLE_ONLY = "bundleOnly";
    static final String RUN = "run";

    private static final String SNAPSHOT_LAST_MONTH =
            "SELECT last_month FROM authority_snapshots WHERE source = 'social_insurance'";

    /** The eligibility rules, read once from {@code examcommit.verification.rules-location}. */
    @Bean
    Eligibility verificationEligibility(ResourceLoader resources, VerificationProperties properties) {
        Resource rules = resources.getResource(properties.rulesLocation());
        try (Reader reader = new InputStreamReader(rules.getInputStream(), StandardCharsets.UTF_8)) {
            return new Eligibility(EligibilityRulesCsv.read(reader, properties.rulesLocation()));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "examcommit.verification.rules-location: cannot read " + properties.rulesLocation(), e);
        }
    }

    @Bean
    @StepScope
    PrepareVerificationTasklet verificationPrepareTasklet(
            JdbcClient jdbc,
            @Value("#{jobParameters['runDate']}") LocalDate runDate,
            @Value("#{jobParameters['bundleOnly']}") Boolean bundleOnly) {
        return new PrepareVerificationTasklet(jdbc, runDate, Boolean.TRUE.equals(bundleOnly));
    }

    @Bean
    @StepScope
    PrefetchingReader<ApplicationFacts> verificationReader(
            DataSource dataSource,
            VerificationProperties properties,
            @Value("#{jobParameters['runDate']}") LocalDate runDate) {
        int parts = properties.readerThreads();
        return new PrefetchingReader<>(
                IntStream.range(0, parts)
                        .mapToObj(part ->
                                ApplicationFactsReader.create(dataSource, runDate, properties.fetchSize(), part, parts))
                        .toList(),
                properties.chunkSize());
    }

    @Bean
    @StepScope
    VerificationProcessor verificationProcessor(
            Eligibility eligibility,
            JdbcClient jdbc,
            ObjectProvider<FaultInjection> faults,
            @Value("#{jobParameters['runDate']}") LocalDate runDate) {
        LocalDate lastMonth =
                jdbc.sql(SNAPSHOT_LAST_MONTH).query(LocalDate.class).optional().orElse(null);
        ApplicationVerifier verifier =
                new ApplicationVerifier(eligibility, runDate, lastMonth == null ? null : YearMonth.from(lastMonth));
        return new VerificationProcessor(verifier, faults.getIfAvailable(() -> FaultInjection.NONE));
    }

    @Bean
    @StepScope
    VerificationWriter verificationWriter(
            DataSource dataSource,
            ObjectProvider<FaultInjection> faults,
            @Value("#{jobParameters['runDate']}") LocalDate runDate) {
        return new VerificationWriter(dataSource, runDate, faults.getIfAvailable(() -> FaultInjection.NONE));
    }

    @Bean
    @StepScope
    ApplyResultsTasklet verificationApplyTasklet(
            JdbcClient jdbc,
            ObjectProvider<FaultInjection> faults,
            @Value("#{jobParameters['runDate']}") LocalDate runDate) {
        return new ApplyResultsTasklet(jdbc, runDate, faults.getIfAvailable(() -> FaultInjection.NONE));
    }

    @Bean
    @StepScope
    QuarantineSkipListener verificationQuarantine(
            JdbcClient jdbc, @Value("#{jobParameters['runDate']}") LocalDate runDate) {
        return new QuarantineSkipListener(jdbc, runDate);
    }

    @Bean
    @StepScope
    ProgressListener verificationProgress(
            JdbcClient jdbc,
            VerificationProperties properties,
            @Value("#{jobParameters['runDate']}") LocalDate runDate) {
        return new ProgressListener(jdbc, runDate, properties.progressInterval());
    }

    @Bean
    @StepScope
    ExportResultsTasklet verificationExportTasklet(
            JdbcTemplate jdbc,
            VerificationProperties properties,
            @Value("${examcommit.output-root:./output}") String outputRoot,
            @Value("#{jobParameters['runDate']}") LocalDate runDate) {
        return new ExportResultsTasklet(jdbc, Path.of(outputRoot), runDate, properties.fetchSize());
    }

    @Bean
    Step verificationPrepareStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            PrepareVerificationTasklet verificationPrepareTasklet) {
        return new StepBuilder(PREPARE_STEP, jobRepository)
                .tasklet(verificationPrepareTasklet, transactionManager)
                .build();
    }

    @Bean
    Step verificationVerifyStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            VerificationProperties properties,
            PrefetchingReader<ApplicationFacts> verificationReader,
            VerificationProcessor verificationProcessor,
            VerificationWriter verificationWriter,
            QuarantineSkipListener verificationQuarantine,
            ProgressListener verificationProgress) {
        return new StepBuilder(VERIFY_STEP, jobRepository)
                .<ApplicationFacts, VerificationOutcome>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(verificationReader)
                .processor(verificationProcessor)
                .writer(verificationWriter)
                .faultTolerant()
                .skip(VerificationFailure.class)
                .skipLimit(properties.skipLimit())
                .skipListener(verificationQuarantine)
                .listener(verificationProgress)
                .build();
    }

    @Bean
    Step verificationApplyStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            ApplyResultsTasklet verificationApplyTasklet) {
        return new StepBuilder(APPLY_STEP, jobRepository)
                .tasklet(verificationApplyTasklet, transactionManager)
                .build();
    }

    @Bean
    Step verificationExportStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            ExportResultsTasklet verificationExportTasklet) {
        return new StepBuilder(EXPORT_STEP, jobRepository)
                .tasklet(verificationExportTasklet, transactionManager)
                .build();
    }

    @Bean
    Job nightlyVerificationJob(
            JobRepository jobRepository,
            Step verificationPrepareStep,
            Step verificationVerifyStep,
            Step verificationApplyStep,
            Step verificationExportStep) {
        // apply works in the database and export mostly in this JVM, on disjoint tables: side by side they
        // keep both cores busy
        Flow apply = new FlowBuilder<SimpleFlow>("verificationApplyFlow")
                .start(verificationApplyStep)
                .build();
        Flow export = new FlowBuilder<SimpleFlow>("verificationExportFlow")
                .start(verificationExportStep)
                .build();
        Flow applyAndExport = new FlowBuilder<SimpleFlow>("verificationApplyAndExport")
                .split(new SimpleAsyncTaskExecutor("verification-after-"))
                .add(apply, export)
                .build();
        Flow night = new FlowBuilder<SimpleFlow>("verificationNight")
                .start(verificationPrepareStep)
                .next(verificationVerifyStep)
                .next(applyAndExport)
                .build();
        return new JobBuilder(JOB, jobRepository).start(night).end().build();
    }
}
