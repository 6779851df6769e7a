package org.sportello.intake;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Intake: citizens, their cases and every contact with the Segretariato Sociale. The clock, the
 * propagation of projection failures and the read-model rebuild come from infra/platform.
 */
@SpringBootApplication
public class IntakeApplication {

    public static void main(String[] args) {
        SpringApplication.run(IntakeApplication.class, args);
    }
}
