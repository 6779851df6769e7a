package org.sportello.intake;

import org.junit.jupiter.api.BeforeEach;
import org.sportello.intake.IntakeApi.Response;
import org.sportello.testing.ProblemAssertions;
import org.sportello.testing.RunningService;
import org.sportello.testing.SportelloServiceTest;
import org.sportello.testing.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The intake service running on a random port, on a database of its own in the test PostgreSQL and
 * on the test Kafka (infra/testing's {@link RunningService}). Every integration test extends this,
 * so they all share one Spring context (and one database): each test therefore works with citizens
 * of its own.
 *
 * <p>Intake records contacts only at offices scheduling has published: before each test, the
 * offices {@link IntakeRequests} uses are made known, as scheduling would publish them
 * ({@link SchedulingEvents}; published once per context, then only checked).
 */
@SpringBootTest(classes = IntakeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RunningIntake extends RunningService {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SportelloServiceTest.register(registry, "intake");
        SchedulingEvents.consumerGroupsOfANewIntake().forEach((name, value) -> registry.add(name, () -> value));
        SchedulingEvents.createTopicIfMissing(TestInfrastructure.kafkaBootstrapServers());
    }

    protected IntakeApi api;

    @BeforeEach
    void connect() {
        api = new IntakeApi(port);
        SchedulingEvents.ensureOfficesKnown(TestInfrastructure.kafkaBootstrapServers(), jdbc, IntakeRequests.OFFICE);
    }

    /** A problem (RFC 9457) with this status and type; returns it for further checks. */
    protected static Response assertProblem(Response response, int status, String typeSlug) {
        ProblemAssertions.assertProblem(response, status, typeSlug);
        return response;
    }

    /** A problem that names the offending field, as a client highlights it. */
    protected static Response assertProblem(Response response, int status, String typeSlug, String field) {
        ProblemAssertions.assertProblem(response, status, typeSlug, field);
        return response;
    }
}
