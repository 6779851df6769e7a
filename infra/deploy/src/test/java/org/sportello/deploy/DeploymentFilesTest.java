package org.sportello.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Checks the deployment files against each other and against the services' own settings
 * (application.properties), so that a port, database name or health path changed in one place and
 * not the other fails the build instead of a deployment. Nothing here needs Docker or a cluster.
 *
 * <p>{@code kubectl kustomize} must build the manifests, so this test needs kubectl and fails
 * without it. The compose file is checked by this test's own parser only: {@code docker compose
 * config} would need the Compose v2 plugin, which Debian 12 does not package (its docker-compose is
 * v1.29, which cannot read the Compose spec's top-level {@code name}), and the Docker CLI alone
 * cannot parse a compose file.
 */
class DeploymentFilesTest {

    private static final Path DEPLOY = locateDeployDirectory();
    private static final Path REPO = DEPLOY.resolve("../..").normalize();
    private static final Path COMPOSE = DEPLOY.resolve("compose.yaml");
    private static final Path DOCKERFILE = DEPLOY.resolve("docker/Dockerfile");
    private static final Path K8S = DEPLOY.resolve("k8s");
    private static final String EXAMPLE_SECRET = "secret.example.yaml";
    private static final String LIVENESS = "/actuator/health/liveness";
    private static final String READINESS = "/actuator/health/readiness";
    private static final String PROMETHEUS = "/actuator/prometheus";
    private static final Pattern JDBC_URL = Pattern.compile("^jdbc:postgresql://([^:/]+)(?::(\\d+))?/([A-Za-z0-9_]+)(\\?.*)?$");
    private static final String MASTER_KEY = "SPORTELLO_MASTER_KEY";
    private static final String PREVIOUS_MASTER_KEY = "SPORTELLO_PREVIOUS_MASTER_KEY";
    /**
     * Services that keep personal data, encrypted under the master key, and refuse to start without
     * it; the others must never see it. Every service module is in one of the two sets, so that a new
     * one cannot be deployed before someone has decided.
     */
    private static final Set<String> HOLDS_PERSONAL_DATA = Set.of("intake-service", "scheduling-service", "referral-service");
    private static final Set<String> HOLDS_NO_PERSONAL_DATA = Set.of("reporting-service");

    // ---------------------------------------------------------------- compose

    @Test
    void composeHasTheInfrastructureAndEveryBuiltService() {
        Map<String, Object> services = map(compose().get("services"), "services");
        assertThat(services).containsKeys("kafka", "postgres", "intake-service", "scheduling-service", "referral-service",
                "reporting-service");
        for (String service : builtServices().keySet()) {
            assertThat(services).as("compose.yaml has no block for %s, which now has an application.properties", service)
                    .containsKey(service);
        }
    }

    @Test
    void composeServicesAgreeWithTheirOwnSettings() {
        Map<String, Object> services = map(compose().get("services"), "services");
        String kafkaAddress = advertisedPlaintextListener(environment(services.get("kafka"), "kafka"));
        for (Map.Entry<String, ServiceSettings> entry : builtServices().entrySet()) {
            String name = entry.getKey();
            ServiceSettings settings = entry.getValue();
            Map<String, Object> service = map(services.get(name), name);
            Map<String, String> env = environment(service, name);
            String port = String.valueOf(settings.port());

            assertThat(str(service.get("image"))).as("%s image", name).isEqualTo("sportello/" + name + ":0.1.0");
            Map<String, Object> build = map(service.get("build"), name + ".build");
            assertThat(COMPOSE.getParent().resolve(str(build.get("context"))).normalize())
                    .as("%s build context is the repository root", name).isEqualTo(REPO);
            assertThat(REPO.resolve(str(build.get("dockerfile")))).as("%s dockerfile", name).isEqualTo(DOCKERFILE);
            Map<String, Object> args = map(build.get("args"), name + ".build.args");
            assertThat(str(args.get("SERVICE"))).as("%s build arg SERVICE", name).isEqualTo(name);
            assertThat(str(args.get("PORT"))).as("%s build arg PORT", name).isEqualTo(port);

            assertThat(env.get("SERVER_PORT")).as("%s SERVER_PORT vs its application.properties", name).isEqualTo(port);
            assertThat(list(service.get("ports"), name + ".ports")).as("%s ports (quoted: YAML 1.1 reads 80:80 as a number)", name)
                    .containsExactly(port + ":" + port);
            assertThat(healthcheckCommand(service, name)).as("%s healthcheck", name)
                    .contains("http://localhost:" + port + READINESS);

            Matcher url = JDBC_URL.matcher(env.getOrDefault("SPRING_DATASOURCE_URL", ""));
            assertThat(url.matches()).as("%s SPRING_DATASOURCE_URL %s", name, env.get("SPRING_DATASOURCE_URL")).isTrue();
            assertThat(services).as("%s database host", name).containsKey(url.group(1));
            assertThat(str(map(services.get(url.group(1)), url.group(1)).get("image"))).startsWith("postgres:");
            assertThat(url.group(3)).as("%s database name vs its application.properties", name).isEqualTo(settings.database());
            assertThat(env).as(name).containsKeys("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");

            assertThat(env.get("SPRING_KAFKA_BOOTSTRAP_SERVERS")).as("%s Kafka address vs the broker's advertised listener", name)
                    .isEqualTo(kafkaAddress);
            assertThat(env.get("SPORTELLO_JWT_SECRET")).as("%s must refuse to start without a secret", name)
                    .startsWith("${SPORTELLO_JWT_SECRET:?");
            if (holdsPersonalData(name)) {
                assertThat(env.get(MASTER_KEY)).as("%s must refuse to start without a master key", name)
                        .startsWith("${" + MASTER_KEY + ":?").contains("openssl rand -base64 32");
                assertThat(env.get(PREVIOUS_MASTER_KEY)).as("%s takes the previous master key while rotating", name)
                        .isEqualTo("${" + PREVIOUS_MASTER_KEY + ":-}");
            } else {
                assertThat(env).as("%s holds no personal data: no master key", name)
                        .doesNotContainKeys(MASTER_KEY, PREVIOUS_MASTER_KEY);
            }
            assertThat(map(service.get("depends_on"), name + ".depends_on")).as(name).containsKeys("postgres", "kafka");
        }
    }

    @Test
    void everyDependencyExistsIsHealthCheckedAndEveryServiceRestarts() {
        Map<String, Object> services = map(compose().get("services"), "services");
        services.forEach((name, value) -> {
            Map<String, Object> service = map(value, name);
            assertThat(str(service.get("restart"))).as("%s restart policy", name).isIn("unless-stopped", "always", "on-failure");
            assertThat(service).as("%s healthcheck", name).containsKey("healthcheck");
            Object dependsOn = service.get("depends_on");
            if (dependsOn == null) {
                return;
            }
            map(dependsOn, name + ".depends_on").forEach((target, condition) -> {
                assertThat(services).as("%s depends on %s", name, target).containsKey(target);
                assertThat(str(map(condition, name + ".depends_on." + target).get("condition")))
                        .as("%s waits for %s", name, target).isEqualTo("service_healthy");
                assertThat(map(services.get(target), target)).as("%s needs a healthcheck (%s waits for it)", target, name)
                        .containsKey("healthcheck");
            });
        });
    }

    @Test
    void kafkaIsOneKraftNodeWithItsDataInAVolume() {
        Map<String, Object> compose = compose();
        Map<String, Object> kafka = map(map(compose.get("services"), "services").get("kafka"), "kafka");
        Map<String, String> env = environment(kafka, "kafka");
        assertThat(str(kafka.get("image"))).isEqualTo("apache/kafka:4.2.1");
        assertThat(env.get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        String nodeId = env.get("KAFKA_NODE_ID");
        Matcher controller = Pattern.compile("CONTROLLER://[^:]*:(\\d+)").matcher(env.get("KAFKA_LISTENERS"));
        assertThat(controller.find()).as("a CONTROLLER listener").isTrue();
        assertThat(env.get("KAFKA_CONTROLLER_QUORUM_VOTERS")).isEqualTo(nodeId + "@" + kafka.get("hostname") + ":" + controller.group(1));
        assertThat(env.get("KAFKA_CONTROLLER_LISTENER_NAMES")).isEqualTo("CONTROLLER");
        assertThat(env.get("KAFKA_LISTENERS")).contains("PLAINTEXT://:9092");
        env.forEach((key, value) -> {
            if (key.endsWith("_REPLICATION_FACTOR") || key.endsWith("_MIN_ISR")) {
                assertThat(value).as("%s on a single broker", key).isEqualTo("1");
            }
        });
        assertThat(env).containsKeys("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR",
                "CLUSTER_ID");
        assertThat(volumeTargets(kafka, compose)).as("Kafka's log directory is a volume").contains(env.get("KAFKA_LOG_DIRS"));

        Map<String, Object> postgres = map(map(compose.get("services"), "services").get("postgres"), "postgres");
        assertThat(str(postgres.get("image"))).isEqualTo("postgres:16");
        assertThat(volumeTargets(postgres, compose)).contains("/var/lib/postgresql/data");
    }

    // ---------------------------------------------------------------- Dockerfile

    @Test
    void dockerfileRunsTheLayeredJarAsANonRootUser() throws IOException {
        List<String> instructions = dockerInstructions();
        String all = String.join("\n", instructions);
        assertThat(all).contains("java -Djarmode=tools -jar app.jar extract --layers --launcher");
        assertThat(all).contains("FROM ${JAVA_IMAGE}").contains("ARG JAVA_IMAGE=eclipse-temurin:17-jre");
        assertThat(last(instructions, "ENTRYPOINT")).contains("\"org.springframework.boot.loader.launch.JarLauncher\"");
        String user = last(instructions, "USER").substring("USER".length()).trim();
        assertThat(user).as("the image's user").isNotBlank().doesNotStartWith("root").doesNotStartWith("0");
        assertThat(user).isEqualTo(dockerUid() + ":" + dockerUid());
        assertThat(instructions.stream().filter(line -> line.startsWith("COPY --from=layers")).toList())
                .as("layers, least to most often changed")
                .extracting(line -> line.replaceAll(".*/extracted/([^/]+)/.*", "$1"))
                .containsExactly("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
        assertThat(all).contains("EXPOSE ${PORT}");
    }

    @Test
    void dockerfileCopiesTheJarMavenBuilds() throws IOException {
        List<String> instructions = dockerInstructions();
        assertThat(instructions).contains("COPY ${SERVICE}/target/${SERVICE}-${VERSION}-exec.jar app.jar");
        assertThat(instructions).contains("ARG VERSION=" + System.getProperty("sportello.version", "0.1.0-SNAPSHOT"));
        assertThat(Files.readString(REPO.resolve("pom.xml"))).as("the runnable jar's classifier")
                .contains("<classifier>exec</classifier>");
        for (String service : List.of("intake-service", "scheduling-service", "referral-service", "reporting-service")) {
            assertThat(Files.readString(REPO.resolve(service).resolve("pom.xml")))
                    .contains("<artifactId>" + service + "</artifactId>");
        }
        assertThat(Files.readAllLines(DOCKERFILE.resolveSibling("Dockerfile.dockerignore")))
                .as("the ignore file lets the jars through").contains("!*-service/target/*-exec.jar");
    }

    // ---------------------------------------------------------------- Kubernetes

    @Test
    void everyManifestParsesAndBelongsToTheNamespace() throws IOException {
        List<Map<String, Object>> documents = k8sDocuments(true);
        assertThat(documents).isNotEmpty();
        for (Map<String, Object> document : documents) {
            assertThat(document).containsKeys("apiVersion", "kind", "metadata");
            Map<String, Object> metadata = map(document.get("metadata"), "metadata");
            assertThat(str(metadata.get("name"))).isNotBlank();
            if (!"Namespace".equals(document.get("kind"))) {
                assertThat(str(metadata.get("namespace"))).as("namespace of %s", metadata.get("name")).isEqualTo("sportello");
            }
        }
        assertThat(ofKind(k8sDocuments(false), "Namespace")).extracting(DeploymentFilesTest::name).containsExactly("sportello");
        assertThat(str(kustomization().get("namespace"))).isEqualTo("sportello");
    }

    @Test
    void kustomizationListsEveryManifestButTheExampleSecret() throws IOException {
        Set<String> files;
        try (Stream<Path> listing = Files.list(K8S)) {
            files = listing.map(path -> path.getFileName().toString())
                    .filter(file -> file.endsWith(".yaml") || file.endsWith(".yml"))
                    .filter(file -> !file.equals("kustomization.yaml") && !file.equals(EXAMPLE_SECRET))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(list(kustomization().get("resources"), "resources")).map(DeploymentFilesTest::str)
                .containsExactlyInAnyOrderElementsOf(files)
                .doesNotContain(EXAMPLE_SECRET);
        assertThat(K8S.resolve(EXAMPLE_SECRET)).exists();
    }

    @Test
    void everyDeploymentHasProbesResourcesAServiceAndMatchesItsSettings() throws IOException {
        List<Map<String, Object>> documents = k8sDocuments(false);
        List<Map<String, Object>> deployments = ofKind(documents, "Deployment");
        assertThat(deployments).extracting(DeploymentFilesTest::name)
                .containsAll(builtServices().keySet())
                .contains("intake-service", "scheduling-service", "referral-service", "reporting-service");
        Set<String> configMaps = ofKind(documents, "ConfigMap").stream().map(DeploymentFilesTest::name).collect(Collectors.toSet());
        String exampleSecretText = Files.readString(K8S.resolve(EXAMPLE_SECRET));
        Map<String, Object> exampleSecret = map(yaml().load(exampleSecretText), EXAMPLE_SECRET);
        Set<String> secretKeys = map(exampleSecret.get("stringData"), "stringData").keySet();

        for (Map<String, Object> deployment : deployments) {
            String name = name(deployment);
            Map<String, Object> template = map(map(deployment.get("spec"), name + ".spec").get("template"), name + ".template");
            Map<String, Object> podMetadata = map(template.get("metadata"), name + ".template.metadata");
            Map<String, Object> pod = map(template.get("spec"), name + ".template.spec");
            List<Object> containers = list(pod.get("containers"), name + ".containers");
            assertThat(containers).as(name).hasSize(1);
            Map<String, Object> container = map(containers.get(0), name + ".container");
            Map<String, String> env = containerEnv(container, name);
            ServiceSettings settings = builtServices().get(name);
            assertThat(settings).as("%s has no application.properties in %s", name, REPO.resolve(name)).isNotNull();
            String port = String.valueOf(settings.port());

            assertThat(str(container.get("image"))).isEqualTo("sportello/" + name + ":0.1.0");
            Map<String, Object> containerPort = map(list(container.get("ports"), name + ".ports").get(0), name + ".port");
            assertThat(str(containerPort.get("containerPort"))).as("%s containerPort", name).isEqualTo(port);
            assertThat(env.get("SERVER_PORT")).as("%s SERVER_PORT", name).isEqualTo(port);

            assertProbe(container, "livenessProbe", LIVENESS, containerPort, name);
            assertProbe(container, "readinessProbe", READINESS, containerPort, name);
            assertThat(container).as("%s startupProbe", name).containsKey("startupProbe");

            Map<String, Object> resources = map(container.get("resources"), name + ".resources");
            assertThat(map(resources.get("requests"), name + ".requests")).as(name).containsKeys("cpu", "memory");
            assertThat(map(resources.get("limits"), name + ".limits")).as(name).containsKey("memory");

            Map<String, Object> podSecurity = map(pod.get("securityContext"), name + ".securityContext");
            assertThat(podSecurity.get("runAsNonRoot")).as(name).isEqualTo(true);
            assertThat(str(podSecurity.get("runAsUser"))).as("%s runs as the image's user", name).isEqualTo(dockerUid());
            assertThat(map(container.get("securityContext"), name + ".container.securityContext").get("allowPrivilegeEscalation"))
                    .isEqualTo(false);

            Map<String, Object> annotations = map(podMetadata.get("annotations"), name + ".annotations");
            assertThat(str(annotations.get("prometheus.io/scrape"))).isEqualTo("true");
            assertThat(str(annotations.get("prometheus.io/path"))).isEqualTo(PROMETHEUS);
            assertThat(str(annotations.get("prometheus.io/port"))).isEqualTo(port);

            Matcher url = JDBC_URL.matcher(env.getOrDefault("SPRING_DATASOURCE_URL", ""));
            assertThat(url.matches()).as("%s SPRING_DATASOURCE_URL", name).isTrue();
            assertThat(url.group(3)).as("%s database name", name).isEqualTo(settings.database());

            for (Object source : list(container.get("envFrom"), name + ".envFrom")) {
                String configMap = str(map(map(source, "envFrom").get("configMapRef"), "configMapRef").get("name"));
                assertThat(configMaps).as("%s reads ConfigMap %s", name, configMap).contains(configMap);
            }
            for (Map<String, Object> reference : secretReferences(container)) {
                assertThat(str(reference.get("name"))).isEqualTo("sportello-secrets");
                String key = str(reference.get("key"));
                if (Boolean.TRUE.equals(reference.get("optional"))) {
                    assertThat(exampleSecretText).as("%s reads optional key %s: the example secret mentions it", name, key)
                            .contains(key + ":");
                } else {
                    assertThat(secretKeys).as("%s needs key %s: the example secret has it", name, key).contains(key);
                }
            }
            assertThat(env).as(name).containsKeys("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD",
                    "SPORTELLO_JWT_SECRET", "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI");
            if (holdsPersonalData(name)) {
                assertThat(secretKeyRef(container, MASTER_KEY, name)).as("%s must refuse to start without a master key", name)
                        .containsEntry("key", "master-key").doesNotContainEntry("optional", true);
                assertThat(secretKeyRef(container, PREVIOUS_MASTER_KEY, name)).as("%s takes the previous master key while rotating", name)
                        .containsEntry("key", "previous-master-key").containsEntry("optional", true);
            } else {
                assertThat(env).as("%s holds no personal data: no master key", name)
                        .doesNotContainKeys(MASTER_KEY, PREVIOUS_MASTER_KEY);
            }

            if (settings.relayTopic() != null) {
                // The relay creates its topic on first start with this many partitions; chosen once (README: Scaling).
                assertThat(env.get("SPORTELLO_RELAY_PARTITIONS")).as("%s relays to %s: partitions set", name,
                        settings.relayTopic()).matches("[1-9][0-9]*");
            }

            assertHasService(documents, name, map(podMetadata.get("labels"), name + ".labels"), containerPort);
        }
    }

    @Test
    void schedulingRelaysToItsOwnTopicAndIsReadyWithoutKafka() {
        ServiceSettings scheduling = builtServices().get("scheduling-service");
        assertThat(scheduling).isNotNull();
        assertThat(scheduling.port()).isEqualTo(8082);
        assertThat(scheduling.database()).isEqualTo("sportello_scheduling");
        assertThat(scheduling.relayTopic()).isEqualTo("sportello.scheduling.events");
        // Like intake it keeps accepting commands while Kafka is down (the relay catches up), so a Kafka
        // outage must not take it out of the Service: its readiness leaves Kafka out.
        assertThat(scheduling.readiness()).isNotNull().doesNotContainIgnoringCase("kafka");
    }

    @Test
    void referralRelaysToItsOwnTopicAndIsReadyWithoutKafka() {
        ServiceSettings referral = builtServices().get("referral-service");
        assertThat(referral).isNotNull();
        assertThat(referral.port()).isEqualTo(8083);
        assertThat(referral.database()).isEqualTo("sportello_referral");
        assertThat(referral.relayTopic()).isEqualTo("sportello.referral.events");
        // It keeps taking referrals and answers while Kafka is down (the relay catches up): a Kafka outage
        // must not take it out of the Service.
        assertThat(referral.readiness()).isNotNull().doesNotContainIgnoringCase("kafka");
    }

    @Test
    void theExampleSecretSaysHowToMakeAMasterKeyAndHoldsNoUsableOne() throws IOException {
        String text = Files.readString(K8S.resolve(EXAMPLE_SECRET));
        Map<String, Object> stringData = map(map(yaml().load(text), EXAMPLE_SECRET).get("stringData"), "stringData");

        assertThat(text).contains("openssl rand -base64 32", "--from-literal=master-key=", "previous-master-key");
        // A key that decoded would be a published key: an example applied as it is must fail to start.
        String example = str(stringData.get("master-key"));
        assertThat(example).isNotBlank();
        assertThat(decodesToThirtyTwoBytes(example)).as("the example's master-key %s is usable as a key", example).isFalse();
        assertThat(stringData).as("the previous key is set only during a rotation").doesNotContainKey("previous-master-key");
    }

    @Test
    void everyServiceIsDecidedToHoldPersonalDataOrNot() {
        try (Stream<Path> modules = Files.list(REPO)) {
            List<String> services = modules.map(path -> path.getFileName().toString())
                    .filter(module -> module.endsWith("-service")).toList();
            assertThat(services).isNotEmpty().allSatisfy(service ->
                    assertThat(HOLDS_PERSONAL_DATA.contains(service) ^ HOLDS_NO_PERSONAL_DATA.contains(service))
                            .as("%s is in exactly one of HOLDS_PERSONAL_DATA and HOLDS_NO_PERSONAL_DATA", service).isTrue());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theConfigMapCarriesKafkaAndJsonLogs() throws IOException {
        List<Map<String, Object>> configMaps = ofKind(k8sDocuments(false), "ConfigMap");
        assertThat(configMaps).extracting(DeploymentFilesTest::name).contains("sportello-config");
        Map<String, Object> data = map(configMaps.stream().filter(c -> name(c).equals("sportello-config")).findFirst()
                .orElseThrow().get("data"), "data");
        assertThat(str(data.get("SPRING_KAFKA_BOOTSTRAP_SERVERS"))).isNotBlank();
        assertThat(str(data.get("LOGGING_STRUCTURED_FORMAT_CONSOLE"))).isEqualTo("ecs");
        assertThat(ofKind(k8sDocuments(false), "Secret")).as("the real Secret is the operator's, not in the kustomization").isEmpty();
    }

    @Test
    void kubectlKustomizeBuildsTheManifestsWithoutTheSecret() throws Exception {
        requireTool(List.of("kubectl", "version", "--client"),
                "kubectl 1.22 or later (its built-in kustomize must read `labels:`) is needed to build the kustomization;"
                        + " .ci/run installs it when it is missing.");
        Tool result = run(List.of("kubectl", "kustomize", K8S.toString()), Map.of());
        assertThat(result.exitCode()).as("kubectl kustomize: %s", result.output()).isZero();
        assertThat(result.output()).contains("name: intake-service", "name: scheduling-service", "name: referral-service",
                        "name: reporting-service")
                .doesNotContain("kind: Secret");
    }

    // ---------------------------------------------------------------- helpers

    /**
     * A service module that has been built: its port, database name, the topic its relay publishes to
     * (null if it has none) and its readiness group (null if the default), from application.properties.
     */
    private record ServiceSettings(int port, String database, String relayTopic, String readiness) {
    }

    private static boolean holdsPersonalData(String service) {
        assertThat(HOLDS_PERSONAL_DATA.contains(service) || HOLDS_NO_PERSONAL_DATA.contains(service))
                .as("whether %s holds personal data is decided", service).isTrue();
        return HOLDS_PERSONAL_DATA.contains(service);
    }

    private static boolean decodesToThirtyTwoBytes(String value) {
        try {
            return Base64.getDecoder().decode(value).length == 32;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Map<String, ServiceSettings> builtServices() {
        Map<String, ServiceSettings> services = new TreeMap<>();
        try (Stream<Path> modules = Files.list(REPO)) {
            for (Path module : modules.filter(path -> path.getFileName().toString().endsWith("-service")).toList()) {
                Path file = module.resolve("src/main/resources/application.properties");
                if (!Files.isRegularFile(file)) {
                    continue; // not built yet
                }
                Properties properties = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                Matcher url = JDBC_URL.matcher(properties.getProperty("spring.datasource.url", ""));
                assertThat(url.matches()).as("spring.datasource.url in %s", file).isTrue();
                services.put(module.getFileName().toString(),
                        new ServiceSettings(Integer.parseInt(properties.getProperty("server.port").trim()), url.group(3),
                                properties.getProperty("sportello.relay.topic"),
                                properties.getProperty("management.endpoint.health.group.readiness.include")));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(services).as("service modules under %s", REPO).containsKeys("intake-service", "reporting-service");
        return services;
    }

    private static Map<String, Object> compose() {
        try {
            return map(yaml().load(Files.readString(COMPOSE)), "compose.yaml");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> environment(Object service, String name) {
        Object environment = map(service, name).get("environment");
        Map<String, String> env = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> values) {
            values.forEach((key, value) -> env.put(str(key), value == null ? null : String.valueOf(value)));
        } else if (environment instanceof List<?> entries) {
            for (Object entry : entries) {
                String[] pair = str(entry).split("=", 2);
                env.put(pair[0], pair.length > 1 ? pair[1] : null);
            }
        } else {
            fail("%s has no environment", name);
        }
        return env;
    }

    private static String advertisedPlaintextListener(Map<String, String> kafkaEnv) {
        Matcher listener = Pattern.compile("PLAINTEXT://([^,]+)").matcher(kafkaEnv.getOrDefault("KAFKA_ADVERTISED_LISTENERS", ""));
        assertThat(listener.find()).as("Kafka advertises a PLAINTEXT listener").isTrue();
        return listener.group(1);
    }

    private static String healthcheckCommand(Map<String, Object> service, String name) {
        Object test = map(service.get("healthcheck"), name + ".healthcheck").get("test");
        return test instanceof List<?> parts ? parts.stream().map(String::valueOf).collect(Collectors.joining(" ")) : str(test);
    }

    private static List<String> volumeTargets(Map<String, Object> service, Map<String, Object> compose) {
        Set<String> declared = compose.get("volumes") == null ? Set.of() : map(compose.get("volumes"), "volumes").keySet();
        List<String> targets = new ArrayList<>();
        for (Object volume : list(service.get("volumes"), "volumes")) {
            String[] parts = str(volume).split(":");
            assertThat(declared).as("named volume %s is declared at the top level", parts[0]).contains(parts[0]);
            targets.add(parts[1]);
        }
        return targets;
    }

    private static List<String> dockerInstructions() throws IOException {
        // Join continuation lines and drop comments, so each element is one instruction.
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(DOCKERFILE)) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            instructions.add(current.toString().replaceAll("\\s+", " ").trim());
            current.setLength(0);
        }
        return instructions;
    }

    private static String last(List<String> instructions, String keyword) {
        return instructions.stream().filter(line -> line.startsWith(keyword + " ")).reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("the Dockerfile has no " + keyword));
    }

    private static String dockerUid() {
        try {
            String user = last(dockerInstructions(), "USER").substring("USER".length()).trim();
            return user.split(":")[0];
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> kustomization() throws IOException {
        return map(yaml().load(Files.readString(K8S.resolve("kustomization.yaml"))), "kustomization.yaml");
    }

    /** The documents of the kustomization's resources, or of every YAML file in k8s/ when {@code everyFile}. */
    private static List<Map<String, Object>> k8sDocuments(boolean everyFile) throws IOException {
        List<Path> files;
        if (everyFile) {
            try (Stream<Path> listing = Files.list(K8S)) {
                files = listing.filter(path -> path.toString().endsWith(".yaml"))
                        .filter(path -> !path.getFileName().toString().equals("kustomization.yaml")).sorted().toList();
            }
        } else {
            files = list(kustomization().get("resources"), "resources").stream().map(file -> K8S.resolve(str(file))).toList();
        }
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Path file : files) {
            for (Object document : yaml().loadAll(Files.readString(file))) {
                if (document != null) {
                    documents.add(map(document, file.getFileName().toString()));
                }
            }
        }
        return documents;
    }

    private static List<Map<String, Object>> ofKind(List<Map<String, Object>> documents, String kind) {
        return documents.stream().filter(document -> kind.equals(document.get("kind"))).toList();
    }

    private static String name(Map<String, Object> document) {
        return str(map(document.get("metadata"), "metadata").get("name"));
    }

    private static Map<String, String> containerEnv(Map<String, Object> container, String name) {
        Map<String, String> env = new LinkedHashMap<>();
        for (Object entry : list(container.get("env"), name + ".env")) {
            Map<String, Object> variable = map(entry, name + ".env[]");
            env.put(str(variable.get("name")), variable.containsKey("value") ? str(variable.get("value")) : "<from " + variable.get("valueFrom") + ">");
        }
        return env;
    }

    /** The Secret reference {@code variable} of {@code container} is read from; fails if it is not read from one. */
    private static Map<String, Object> secretKeyRef(Map<String, Object> container, String variable, String name) {
        for (Object entry : list(container.get("env"), name + ".env")) {
            Map<String, Object> env = map(entry, name + ".env[]");
            if (variable.equals(env.get("name"))) {
                assertThat(env).as("%s %s comes from a Secret", name, variable).containsKey("valueFrom");
                Map<String, Object> reference = map(map(env.get("valueFrom"), name + "." + variable + ".valueFrom")
                        .get("secretKeyRef"), name + "." + variable + ".secretKeyRef");
                assertThat(str(reference.get("name"))).isEqualTo("sportello-secrets");
                return reference;
            }
        }
        return fail("%s has no %s", name, variable);
    }

    private static List<Map<String, Object>> secretReferences(Map<String, Object> container) {
        List<Map<String, Object>> references = new ArrayList<>();
        for (Object entry : list(container.get("env"), "env")) {
            Object valueFrom = map(entry, "env[]").get("valueFrom");
            if (valueFrom != null && map(valueFrom, "valueFrom").get("secretKeyRef") != null) {
                references.add(map(map(valueFrom, "valueFrom").get("secretKeyRef"), "secretKeyRef"));
            }
        }
        return references;
    }

    private static void assertProbe(Map<String, Object> container, String probe, String path,
                                    Map<String, Object> containerPort, String name) {
        Map<String, Object> httpGet = map(map(container.get(probe), name + "." + probe).get("httpGet"), name + "." + probe + ".httpGet");
        assertThat(str(httpGet.get("path"))).as("%s %s", name, probe).isEqualTo(path);
        assertThat(str(httpGet.get("port"))).as("%s %s port", name, probe)
                .isIn(str(containerPort.get("name")), str(containerPort.get("containerPort")));
    }

    private static void assertHasService(List<Map<String, Object>> documents, String name, Map<String, Object> podLabels,
                                         Map<String, Object> containerPort) {
        List<Map<String, Object>> services = ofKind(documents, "Service").stream().filter(service -> {
            Map<String, Object> selector = map(map(service.get("spec"), "spec").get("selector"), "selector");
            return !selector.isEmpty() && podLabels.entrySet().containsAll(selector.entrySet());
        }).toList();
        assertThat(services).as("a Service selecting the pods of %s", name).hasSize(1);
        Map<String, Object> spec = map(services.get(0).get("spec"), "spec");
        assertThat(str(spec.getOrDefault("type", "ClusterIP"))).isEqualTo("ClusterIP");
        Map<String, Object> port = map(list(spec.get("ports"), "ports").get(0), "port");
        assertThat(str(port.get("port"))).as("%s Service port", name).isEqualTo(str(containerPort.get("containerPort")));
        assertThat(str(port.get("targetPort"))).as("%s Service targetPort", name)
                .isIn(str(containerPort.get("name")), str(containerPort.get("containerPort")));
    }

    private record Tool(int exitCode, String output) {
    }

    /** Fails, never skips, when the tool a check needs is not installed. */
    private static void requireTool(List<String> probe, String why) {
        try {
            Tool answer = run(probe, Map.of());
            if (answer.exitCode() != 0) {
                fail("'" + String.join(" ", probe) + "' failed (" + answer.output().strip() + "). " + why);
            }
        } catch (IOException | InterruptedException e) {
            fail("'" + probe.get(0) + "' is not installed. " + why, e);
        }
    }

    private static Tool run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(REPO.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Tool(-1, "timed out");
        }
        return new Tool(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        assertThat(value).as("%s is a mapping", what).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value, String what) {
        assertThat(value).as("%s is a list", what).isInstanceOf(List.class);
        return (List<Object>) value;
    }

    private static String str(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static Path locateDeployDirectory() {
        // Surefire runs in the module directory; an IDE may run from the repository root.
        for (Path candidate : List.of(Path.of(""), Path.of("infra/deploy"))) {
            Path absolute = candidate.toAbsolutePath().normalize();
            if (Files.isRegularFile(absolute.resolve("compose.yaml")) && Files.isDirectory(absolute.resolve("k8s"))) {
                return absolute;
            }
        }
        throw new IllegalStateException("Run from the repository root or infra/deploy: compose.yaml not found from "
                + Path.of("").toAbsolutePath());
    }
}
