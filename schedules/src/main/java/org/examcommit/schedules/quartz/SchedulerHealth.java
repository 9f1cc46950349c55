package org.examcommit.schedules.quartz;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code scheduler} component of {@code /actuator/health}: UP while this instance's Quartz scheduler
 * runs (started, not in standby, not shut down) and can read the night's trigger from the job store.
 */
@Component("scheduler")
@ConditionalOnProperty(name = "spring.quartz.auto-startup", havingValue = "true", matchIfMissing = true)
class SchedulerHealth implements HealthIndicator {

    private final Scheduler scheduler;

    SchedulerHealth(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public Health health() {
        try {
            boolean running = scheduler.isStarted() && !scheduler.isInStandbyMode() && !scheduler.isShutdown();
            Trigger night = scheduler.getTrigger(NightlySchedule.TRIGGER);
            Health.Builder health = running ? Health.up() : Health.down();
            return health.withDetail("instanceId", scheduler.getSchedulerInstanceId())
                    .withDetail("clustered", scheduler.getMetaData().isJobStoreClustered())
                    .withDetail(
                            "nextNight",
                            night == null || night.getNextFireTime() == null
                                    ? "none"
                                    : night.getNextFireTime().toInstant().toString())
                    .build();
        } catch (SchedulerException e) {
            return Health.down(e).build();
        }
    }
}
