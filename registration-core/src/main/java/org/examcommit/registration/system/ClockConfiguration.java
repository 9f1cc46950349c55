package org.examcommit.registration.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock the rules read (token expiry, the catalogue's cache, "today" of a date check): the system's,
 * in UTC; rules turn it into a contract date with {@code ContractTime.today(clock)}. Tests build the services
 * with a clock they move instead of sleeping.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
