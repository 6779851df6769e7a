package org.sportello.scheduling;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Scheduling: offices with their opening hours and closures, the staff who work there and their
 * availability, and appointments. The clock, the event store on PostgreSQL, the relay to
 * {@code sportello.scheduling.events}, personal-data encryption and problem details come from
 * infra/platform.
 */
@SpringBootApplication
public class SchedulingApplication {

    public static void main(String[] args) {
        SpringApplication.run(SchedulingApplication.class, args);
    }
}
