package org.examcommit.schedules.quartz;

import java.util.TimeZone;
import org.examcommit.contract.ContractTime;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts the night's job and cron trigger into the clustered job store when {@code serve} is up. A trigger
 * already stored with the same cron is kept as it is, so a night missed while every instance was down
 * is still a misfire when one comes back (fired once, now); a changed NIGHTLY_CRON replaces it.
 * Commands other than serve start no scheduler ({@code spring.quartz.auto-startup=false}) and skip this.
 */
@Component
@ConditionalOnProperty(name = "spring.quartz.auto-startup", havingValue = "true", matchIfMissing = true)
class NightlySchedule {

    static final JobKey JOB = JobKey.jobKey("night", "examcommit");
    static final TriggerKey TRIGGER = TriggerKey.triggerKey("night", "examcommit");

    private static final Logger log = LoggerFactory.getLogger(NightlySchedule.class);

    private final Scheduler scheduler;
    private final ScheduleProperties properties;

    NightlySchedule(Scheduler scheduler, ScheduleProperties properties) {
        this.scheduler = scheduler;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() throws SchedulerException {
        CronTrigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(TRIGGER)
                .forJob(JOB)
                .withSchedule(CronScheduleBuilder.cronSchedule(properties.cron())
                        .inTimeZone(TimeZone.getTimeZone(ContractTime.ZONE))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        Trigger stored = scheduler.getTrigger(TRIGGER);
        if (stored instanceof CronTrigger cron
                && cron.getCronExpression().equals(trigger.getCronExpression())
                && cron.getTimeZone().getID().equals(ContractTime.ZONE.getId())
                && cron.getMisfireInstruction() == trigger.getMisfireInstruction()) {
            log.info(
                    "Nightly schedule '{}' (Asia/Shanghai) kept; next fire {}",
                    properties.cron(),
                    stored.getNextFireTime());
            return;
        }
        JobDetail job = JobBuilder.newJob(ScheduledNightJob.class)
                .withIdentity(JOB)
                .withDescription("the nightly pipeline")
                .storeDurably()
                .build();
        scheduler.addJob(job, true);
        if (stored == null) {
            try {
                scheduler.scheduleJob(trigger);
            } catch (ObjectAlreadyExistsException e) {
                log.info("Nightly schedule: another instance stored the trigger first");
            }
        } else {
            scheduler.rescheduleJob(TRIGGER, trigger);
        }
        Trigger now = scheduler.getTrigger(TRIGGER);
        log.info(
                "Nightly schedule '{}' (Asia/Shanghai) stored; next fire {}",
                properties.cron(),
                now == null ? null : now.getNextFireTime());
    }
}
