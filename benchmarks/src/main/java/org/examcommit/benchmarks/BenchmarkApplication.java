package org.examcommit.benchmarks;

import org.examcommit.registration.RegistrationApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The beans the benchmarks start: the whole of {@code org.examcommit} on their class path (registration-core
 * and the jobs), as the platform runs it, without registration-core's own application class. It lives in
 * this module, which nothing depends on, so no other component scan can pick it up.
 */
@SpringBootApplication
@ComponentScan(
        basePackages = "org.examcommit",
        excludeFilters =
                @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = RegistrationApplication.class))
@ConfigurationPropertiesScan("org.examcommit")
public class BenchmarkApplication {}
