package org.sportello.platform.consuming;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.databind.JsonNode;

/**
 * The published contracts on the classpath (infra/contracts): which {@code ce_type}s each topic
 * carries, and each type's JSON schema.
 *
 * <p>They are found by the layout the contracts module documents (README, STYLE.md §6): the schema
 * of {@code sportello.<service>.<Event>.v<N>}, published on {@code sportello.<service>.events},
 * is {@code contracts/<service>/v<N>/<Event>.schema.json} with {@code $id}
 * {@value #ID_PREFIX}{@code <service>/v<N>/<Event>.schema.json}. A new event or version in the
 * contracts module is known to every consumer built with it, without a list to keep up to date.
 */
public final class ContractSchemas {

    static final String ID_PREFIX = "https://sportello.org/contracts/";
    private static final String RESOURCE_PREFIX = "classpath:contracts/";
    private static final String SCHEMAS = "classpath*:contracts/*/v*/*.schema.json";
    private static final Pattern SCHEMA_PATH =
            Pattern.compile("contracts/([a-z0-9-]+)/v([0-9]+)/([A-Za-z0-9]+)\\.schema\\.json$");
    private static final Pattern TOPIC = Pattern.compile("sportello\\.([a-z0-9-]+)\\.events");
    /** Enough to say what is wrong; a value that breaks every rule need not list them all. */
    private static final int VIOLATIONS_SHOWN = 3;

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder
                    // In 2020-12 "format" only annotates unless asked to assert; uuid and date-time
                    // are part of our contracts, as the contract tests check them.
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    // Each schema by its published $id from the classpath, never from the network.
                    .schemaIdResolvers(ids -> ids.mapPrefix(ID_PREFIX, RESOURCE_PREFIX)));
    /** Schema id by type, per service. */
    private final Map<String, Map<String, String>> schemaIds;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private ContractSchemas(Map<String, Map<String, String>> schemaIds) {
        this.schemaIds = schemaIds;
    }

    /** Every contract on the classpath. */
    public static ContractSchemas fromClasspath() {
        Map<String, Map<String, String>> ids = new TreeMap<>();
        try {
            for (Resource schema : new PathMatchingResourcePatternResolver().getResources(SCHEMAS)) {
                Matcher path = SCHEMA_PATH.matcher(schema.getURL().toString());
                if (path.find()) {
                    String service = path.group(1);
                    String type = "sportello." + service + "." + path.group(3) + ".v" + path.group(2);
                    ids.computeIfAbsent(service, any -> new TreeMap<>())
                            .put(type, ID_PREFIX + service + "/v" + path.group(2) + "/" + path.group(3) + ".schema.json");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the contract schemas on the classpath", e);
        }
        return new ContractSchemas(ids);
    }

    /** The types the contracts publish on {@code topic}; empty for a topic they do not describe. */
    public Set<String> typesOf(String topic) {
        Matcher name = TOPIC.matcher(topic);
        if (!name.matches()) {
            return Set.of();
        }
        return Set.copyOf(schemaIds.getOrDefault(name.group(1), Map.of()).keySet());
    }

    /**
     * What is wrong with {@code value} as an event of {@code type}, the first few violations
     * joined; null when it conforms.
     */
    public String violations(String type, JsonNode value) {
        List<Error> errors = schemaOf(type).validate(value);
        if (errors.isEmpty()) {
            return null;
        }
        String shown = errors.stream().limit(VIOLATIONS_SHOWN).map(Error::toString).collect(Collectors.joining("; "));
        return errors.size() > VIOLATIONS_SHOWN ? shown + " (and " + (errors.size() - VIOLATIONS_SHOWN) + " more)" : shown;
    }

    /** Loads and compiles a type's schema now, so that a broken or missing one stops start-up, not a batch. */
    Schema schemaOf(String type) {
        return compiled.computeIfAbsent(type, wanted -> {
            String id = schemaIds.values().stream().map(types -> types.get(wanted)).filter(found -> found != null)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No contract on the classpath publishes " + wanted));
            Schema schema = registry.getSchema(SchemaLocation.of(id));
            schema.initializeValidators();
            return schema;
        });
    }
}
