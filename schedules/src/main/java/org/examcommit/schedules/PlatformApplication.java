package org.examcommit.schedules;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.examcommit.registration.RegistrationApplication;

/** The runnable platform: registration API, nightly jobs and the operator commands in one JVM. */
@SpringBootApplication
@ComponentScan(basePackages = "org.examcommit",
        excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = RegistrationApplication.class))
@ConfigurationPropertiesScan("org.examcommit")
public class PlatformApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlatformApplication.class, args);
    }
}
