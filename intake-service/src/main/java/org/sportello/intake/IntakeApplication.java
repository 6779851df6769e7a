package org.sportello.intake;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Intake: citizens, their cases and every contact with the Segretariato Sociale. */
@SpringBootApplication
public class IntakeApplication {

    public static void main(String[] args) {
        SpringApplication.run(IntakeApplication.class, args);
    }

    /** The one source of "now": controllers read it and pass the time into commands. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
