package org.examcommit.schedules;

import org.examcommit.registration.RegistrationApplication;
import org.examcommit.schedules.cli.Launcher;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/** The runnable platform: registration API, nightly jobs and the operator commands in one JVM. */
@SpringBootApplication
@ComponentScan(
        basePackages = "org.examcommit",
        excludeFilters =
                @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = RegistrationApplication.class))
@ConfigurationPropertiesScan("org.examcommit")
public class PlatformApplication {

    /** {@code java -jar platform.jar COMMAND ...}: the commands of {@code ./pipeline} (contract §6). */
    public static void main(String[] args) {
        int exitCode = Launcher.launch(args);
        if (exitCode != Launcher.KEEP_RUNNING) {
            System.exit(exitCode);
        }
    }
}
