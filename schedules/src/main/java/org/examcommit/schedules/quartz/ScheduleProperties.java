package org.examcommit.schedules.quartz;

import java.text.ParseException;
import java.time.Duration;
import org.quartz.CronExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When and how {@code ./pipeline serve} runs the night.
 *
 * @param cron the night's Quartz cron expression in Asia/Shanghai (env NIGHTLY_CRON), default
 *     {@code 0 0 1 * * ?} (01:00 every day); a bad expression stops serve at start with the parser's reason
 * @param lockWait how long a fire waits for a night running elsewhere (a manual {@code run}) before it
 *     fails, default 2 hours
 * @param misfireThreshold how late a fire may start and still count as on time (Quartz's
 *     {@code misfireThreshold}), default 60 s; a later one is a misfire and fires once now
 * @param clusterCheckinInterval how often each instance checks in with the cluster (Quartz's
 *     {@code clusterCheckinInterval}), default 15 s; a dead instance's fires are recovered after about that
 */
@ConfigurationProperties("examcommit.schedule")
public record ScheduleProperties(
        @DefaultValue("0 0 1 * * ?") String cron,
        @DefaultValue("2h") Duration lockWait,
        @DefaultValue("60s") Duration misfireThreshold,
        @DefaultValue("15s") Duration clusterCheckinInterval) {

    public ScheduleProperties {
        try {
            CronExpression.validateExpression(cron);
        } catch (ParseException e) {
            throw new IllegalArgumentException(
                    "NIGHTLY_CRON '" + cron + "' is not a Quartz cron expression: " + e.getMessage(), e);
        }
    }
}
