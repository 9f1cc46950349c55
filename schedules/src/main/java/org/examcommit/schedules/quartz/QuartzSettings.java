package org.examcommit.schedules.quartz;

import java.util.Properties;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job store's timing from {@link ScheduleProperties}, added to the Quartz properties of
 * application.yml (JDBC store, PostgreSQLDelegate, clustered, instanceId AUTO).
 */
@Configuration(proxyBeanMethods = false)
class QuartzSettings {

    @Bean
    SchedulerFactoryBeanCustomizer nightlyTiming(QuartzProperties quartz, ScheduleProperties schedule) {
        return factory -> {
            Properties properties = new Properties();
            properties.putAll(quartz.getProperties());
            properties.setProperty(
                    "org.quartz.jobStore.misfireThreshold",
                    Long.toString(schedule.misfireThreshold().toMillis()));
            properties.setProperty(
                    "org.quartz.jobStore.clusterCheckinInterval",
                    Long.toString(schedule.clusterCheckinInterval().toMillis()));
            factory.setQuartzProperties(properties);
        };
    }
}
