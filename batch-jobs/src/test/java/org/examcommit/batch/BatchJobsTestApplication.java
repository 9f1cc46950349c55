package org.examcommit.batch;

import org.examcommit.registration.RegistrationApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The Spring Boot configuration every {@code @SpringBootTest} of batch-jobs finds: the whole of
 * {@code org.examcommit} on the classpath (registration-core and the jobs), as the platform runs it,
 * without registration-core's own application class.
 */
@SpringBootApplication
@ComponentScan(
        basePackages = "org.examcommit",
        excludeFilters =
                @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = RegistrationApplication.class))
@ConfigurationPropertiesScan("org.examcommit")
public class BatchJobsTestApplication {}
