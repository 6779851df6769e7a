package org.sportello.reporting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Reporting: anonymised projections for researchers, built from the events other services publish
 * on Kafka. It owns no source of truth; every table here can be rebuilt by replaying the topics.
 */
@SpringBootApplication
public class ReportingApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReportingApplication.class, args);
    }
}
