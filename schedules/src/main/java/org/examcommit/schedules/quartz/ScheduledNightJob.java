package org.examcommit.schedules.quartz;

import java.util.Date;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The Quartz job of the night: one fire, one call of {@link ScheduledNights#fire}. Never two at once
 * across the cluster ({@code @DisallowConcurrentExecution}); a failed night is not refired (the
 * JobExecutionException says so): it waits for {@code ./pipeline retry}.
 */
@DisallowConcurrentExecution
public class ScheduledNightJob extends QuartzJobBean {

    private ScheduledNights nights;

    // Quartz creates the job with its no-argument constructor; Spring then injects this.
    @Autowired
    void setNights(ScheduledNights nights) {
        this.nights = nights;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
        Date scheduled =
                context.getScheduledFireTime() != null ? context.getScheduledFireTime() : context.getFireTime();
        try {
            nights.fire(new ScheduledNights.Fire(
                    context.getFireInstanceId(),
                    context.getScheduler().getSchedulerInstanceId(),
                    scheduled.toInstant()));
        } catch (SchedulerException e) {
            throw new JobExecutionException(e, false);
        } catch (RuntimeException e) {
            throw new JobExecutionException(e.getMessage(), e, false);
        }
    }
}
