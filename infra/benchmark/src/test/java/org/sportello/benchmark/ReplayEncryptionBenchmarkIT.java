package org.sportello.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sportello.benchmark.ReplayData.Citizen;
import org.sportello.benchmark.ReplayData.Contact;
import org.sportello.benchmark.ReplayEncryptionBenchmark.Mode;
import org.sportello.benchmark.ReplayEncryptionBenchmark.Result;
import org.sportello.local.LocalPostgres;
import org.sportello.testing.TestInfrastructure;

/** {@code replay-encryption} with tiny numbers against a real PostgreSQL, run once for all the checks below. */
class ReplayEncryptionBenchmarkIT {

    private static final int CITIZENS = 12;
    private static final int CONTACTS = 3;

    private static Result result;
    private static String printed;
    private static String scratchDatabase;
    /** How many stored payloads of each schema hold each citizen text (as JSON), read before the database was dropped. */
    private static final Map<String, Map<String, Long>> payloadsHolding = new HashMap<>();

    @BeforeAll
    static void runTheScenario() throws Exception {
        ReplayOptions options = new ReplayOptions(TestInfrastructure.postgresServerUrl(),
                TestInfrastructure.postgresUser(), TestInfrastructure.postgresPassword(), CITIZENS, CONTACTS, 1, 2,
                Duration.ofSeconds(1));
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        result = ReplayEncryptionBenchmark.run(options, new PrintStream(output, true, StandardCharsets.UTF_8), url -> {
            scratchDatabase = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
            try (Connection connection = LocalPostgres.connect(url, TestInfrastructure.postgresUser(),
                    TestInfrastructure.postgresPassword())) {
                for (String schema : List.of(ReplayEncryptionBenchmark.SEALED_SCHEMA, ReplayEncryptionBenchmark.PLAIN_SCHEMA)) {
                    Map<String, Long> counts = new HashMap<>();
                    for (String text : citizenTexts()) {
                        counts.put(text, payloadsHolding(connection, schema, text));
                    }
                    payloadsHolding.put(schema, counts);
                }
            }
        });
        printed = output.toString(StandardCharsets.UTF_8);
    }

    @Test
    void measuresEveryReplayAndTheRawInserts() {
        for (Mode mode : Mode.values()) {
            assertThat(result.figures().get(mode).eventsPerSecond()).as(mode.label).isPositive();
        }
        assertThat(result.eventsPerStore()).isEqualTo(CITIZENS * (1 + CONTACTS));
        assertThat(result.ratio(Mode.ON)).isPositive();
        assertThat(result.rawInsertsPerSecond()).isPositive();
        assertThat(printed).contains("ON / OFF", "ON-decrypting / OFF", "raw PostgreSQL inserts", "JVM warm-up");
    }

    @Test
    void sealedPayloadsHoldNoNameFiscalCodeContactDetailOrNote() {
        assertThat(payloadsHolding.get(ReplayEncryptionBenchmark.SEALED_SCHEMA))
                .hasSize(citizenTexts().size())
                .allSatisfy((text, payloads) -> assertThat(payloads).as(text).isZero());
    }

    @Test
    void plainPayloadsHoldTheSameTexts() {
        assertThat(payloadsHolding.get(ReplayEncryptionBenchmark.PLAIN_SCHEMA))
                .hasSize(citizenTexts().size())
                .allSatisfy((text, payloads) -> assertThat(payloads).as(text).isPositive());
    }

    @Test
    void copyingCiphertextReadsNoKey() {
        assertThat(result.figures().get(Mode.ON).keyReads()).isEqualTo(new ReplayEncryptionBenchmark.KeyReads(0, 0));
    }

    @Test
    void openingEveryValueReadsEachCitizensKeyOnceNotOncePerValue() {
        ReplayEncryptionBenchmark.Figures opening = result.figures().get(Mode.ON_DECRYPTING);

        assertThat(opening.valuesOpened()).isEqualTo(CITIZENS * (1 + CONTACTS));
        // The cache starts empty, so every key is read; in fewer queries than citizens, as the keys are read ahead.
        assertThat(opening.keyReads().rows()).isGreaterThanOrEqualTo(CITIZENS).isLessThan(opening.valuesOpened());
        assertThat(opening.keyReads().scans()).isPositive().isLessThan(CITIZENS);
    }

    @Test
    void dropsItsScratchDatabase() throws Exception {
        assertThat(scratchDatabase).startsWith("sportello_replay_");
        try (Connection connection = LocalPostgres.connect(TestInfrastructure.postgresServerUrl(),
                TestInfrastructure.postgresUser(), TestInfrastructure.postgresPassword());
             PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM pg_database WHERE datname = ?")) {
            query.setString(1, scratchDatabase);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertThat(rows.getLong(1)).isZero();
            }
        }
    }

    /** What intake holds about each made-up citizen: names, fiscal code, phone, e-mail and every note. */
    private static List<String> citizenTexts() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < CITIZENS; i++) {
            Citizen citizen = ReplayData.citizen(i, CONTACTS);
            ReplayData.Person person = citizen.person();
            texts.addAll(List.of(person.firstName(), person.lastName(), person.fiscalCode(), person.phone(),
                    person.email()));
            citizen.contacts().stream().map(Contact::notes).forEach(texts::add);
        }
        return texts.stream().distinct().toList();
    }

    private static long payloadsHolding(Connection connection, String schema, String text) throws Exception {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM " + schema
                + ".domain_event_entry WHERE position(convert_to(?, 'UTF8') IN payload) > 0")) {
            query.setString(1, ReplayEncryptionBenchmark.jsonString(text));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
