package org.sportello.contracts.intake.v1;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published intake v1 contract as its tests see it: the events, their schemas and examples. */
final class IntakeV1Contracts {

    /** Every event intake publishes in version 1. A new event is added here with its schema and example. */
    static final List<Class<? extends Record>> EVENTS = List.of(
            CitizenRegistered.class, CaseOpened.class, ContactRecorded.class,
            CaseTakenInCharge.class, CaseClosed.class, CitizenErased.class);

    /** {@link #EVENTS} as a JUnit {@code @FieldSource}. */
    static final String ALL_EVENTS = "org.sportello.contracts.intake.v1.IntakeV1Contracts#EVENTS";

    /**
     * A mapper with Jackson 3's defaults and nothing else, as a consumer that knows nothing of our
     * platform configuration would build it: the wire format must not depend on our customisations.
     */
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final String ID_PREFIX = "https://sportello.org/contracts/";
    private static final String RESOURCE_PREFIX = "classpath:contracts/";

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            registry -> registry
                    // In 2020-12 "format" only annotates unless asked to assert; our uuid and
                    // date-time formats are part of the contract, so the tests assert them.
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    // Load each schema by its published $id from this module, never from the network:
                    // this also proves that every $id names the file it is in.
                    .schemaIdResolvers(ids -> ids.mapPrefix(ID_PREFIX, RESOURCE_PREFIX)));

    private IntakeV1Contracts() {
    }

    static String schemaId(Class<?> event) {
        return ID_PREFIX + "intake/v1/" + event.getSimpleName() + ".schema.json";
    }

    static Schema schemaOf(Class<?> event) {
        return SCHEMAS.getSchema(SchemaLocation.of(schemaId(event)));
    }

    static JsonNode schemaDocumentOf(Class<?> event) {
        return readClasspath("contracts/intake/v1/" + event.getSimpleName() + ".schema.json");
    }

    /** What the schema finds wrong with a document, one line per violation; empty if it conforms. */
    static List<String> violations(Class<?> event, JsonNode document) {
        return schemaOf(event).validate(document).stream().map(Error::toString).toList();
    }

    /** Every {@code *.example.json} beside the schemas, so that a new example is tested without being listed. */
    static List<Example> examples() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources(RESOURCE_PREFIX + "intake/v1/*.example.json");
            return Arrays.stream(files).map(Example::of).sorted(Comparator.comparing(Example::file)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode readClasspath(String path) {
        try (InputStream in = IntakeV1Contracts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("Not on the classpath: " + path);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Class<? extends Record> eventNamed(String simpleName) {
        return EVENTS.stream()
                .filter(event -> event.getSimpleName().equals(simpleName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No intake v1 event is called " + simpleName));
    }

    /** An example document; its file name starts with the event's name, e.g. {@code ContactRecorded.anonymous.example.json}. */
    record Example(String file, Class<? extends Record> event, JsonNode json) {

        static Example of(Resource resource) {
            String file = resource.getFilename();
            try (InputStream in = resource.getInputStream()) {
                return new Example(file, eventNamed(file.substring(0, file.indexOf('.'))), MAPPER.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return file;
        }
    }
}
