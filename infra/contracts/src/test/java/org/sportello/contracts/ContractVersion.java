package org.sportello.contracts;

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
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One published version of one service's contract as its tests see it: the events, their schemas
 * and examples, laid out as the README says ({@code contracts/<service>/v<N>/<Event>.schema.json}).
 *
 * @param service        the service's name in topics, types and paths, e.g. {@code intake}
 * @param version        the version, e.g. 1
 * @param events         every event the service publishes in this version; a new event is added
 *                       here with its schema and example
 * @param addedLater     optional components, added to the version after its first release: the only
 *                       ones a schema does not require, since a consumer may meet events written
 *                       before they existed
 * @param approvedFolder where on the test classpath the approved snapshots are, ending in {@code /}
 */
public record ContractVersion(String service, int version, List<Class<? extends Record>> events,
                              Set<String> addedLater, String approvedFolder) {

    /**
     * A mapper with Jackson 3's defaults and nothing else, as a consumer that knows nothing of our
     * platform configuration would build it: the wire format must not depend on our customisations.
     */
    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final String ID_PREFIX = "https://sportello.org/contracts/";
    private static final String RESOURCE_PREFIX = "classpath:contracts/";

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            registry -> registry
                    // In 2020-12 "format" only annotates unless asked to assert; our uuid, date and
                    // date-time formats are part of the contract, so the tests assert them.
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    // Load each schema by its published $id from this module, never from the network:
                    // this also proves that every $id names the file it is in.
                    .schemaIdResolvers(ids -> ids.mapPrefix(ID_PREFIX, RESOURCE_PREFIX)));

    public ContractVersion {
        events = List.copyOf(events);
        addedLater = Set.copyOf(addedLater);
    }

    /** The {@code ce_type} the event must declare, e.g. {@code sportello.intake.CaseOpened.v1}. */
    public String typeOf(Class<?> event) {
        return "sportello." + service + "." + event.getSimpleName() + ".v" + version;
    }

    public String schemaId(Class<?> event) {
        return ID_PREFIX + folder() + event.getSimpleName() + ".schema.json";
    }

    public Schema schemaOf(Class<?> event) {
        return SCHEMAS.getSchema(SchemaLocation.of(schemaId(event)));
    }

    public JsonNode schemaDocumentOf(Class<?> event) {
        return readClasspath("contracts/" + folder() + event.getSimpleName() + ".schema.json");
    }

    /** The event's published example, as a copy a test may change. */
    public ObjectNode exampleOf(Class<?> event) {
        return (ObjectNode) readClasspath("contracts/" + folder() + event.getSimpleName() + ".example.json").deepCopy();
    }

    /** What the schema finds wrong with a document, one line per violation; empty if it conforms. */
    public List<String> violations(Class<?> event, JsonNode document) {
        return schemaOf(event).validate(document).stream().map(Error::toString).toList();
    }

    /** Every {@code *.example.json} beside the schemas, so that a new example is tested without being listed. */
    public List<Example> examples() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources(RESOURCE_PREFIX + folder() + "*.example.json");
            return Arrays.stream(files).map(this::example).sorted(Comparator.comparing(Example::file)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The approved snapshot's path on the test classpath, e.g. {@code approved/CaseOpened.v1.json}. */
    public String approvedSnapshotOf(Class<?> event) {
        return approvedFolder + event.getSimpleName() + ".v" + version + ".json";
    }

    public static JsonNode readClasspath(String path) {
        try (InputStream in = ContractVersion.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("Not on the classpath: " + path);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Class<? extends Record> eventNamed(String simpleName) {
        return events.stream()
                .filter(event -> event.getSimpleName().equals(simpleName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "No " + service + " v" + version + " event is called " + simpleName));
    }

    private String folder() {
        return service + "/v" + version + "/";
    }

    private Example example(Resource resource) {
        String file = resource.getFilename();
        try (InputStream in = resource.getInputStream()) {
            return new Example(file, eventNamed(file.substring(0, file.indexOf('.'))), MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An example document; its file name starts with the event's name, e.g. {@code ContactRecorded.anonymous.example.json}. */
    public record Example(String file, Class<? extends Record> event, JsonNode json) {

        @Override
        public String toString() {
            return file;
        }
    }

    @Override
    public String toString() {
        return service + " v" + version;
    }
}
