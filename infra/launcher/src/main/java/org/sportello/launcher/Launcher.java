package org.sportello.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sportello.launcher.demo.DemoPlan;
import org.sportello.launcher.demo.DemoRunner;
import org.sportello.launcher.demo.Providers;
import org.sportello.launcher.demo.Seed;
import org.sportello.launcher.postgres.PostgresChoice;
import org.sportello.launcher.postgres.PostgresServer;
import org.sportello.local.DevToken;
import org.sportello.local.LocalKafka;
import org.sportello.local.LocalPostgres;
import org.sportello.local.ServiceProcess;

/**
 * Runs the whole stack: checks what could go wrong before starting anything (ports, data directory,
 * jars), starts Kafka and PostgreSQL, then every built service in parallel, prints how to use them,
 * optionally fills them with demo data, and waits for Ctrl-C or SIGTERM, on which the shutdown hook
 * stops everything in reverse order.
 */
public final class Launcher {

    static final int KAFKA_PORT = 9092;
    static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
    static final Duration TOKEN_TTL = Duration.ofHours(12);
    /** Four services and a broker share the machine; each service's heap stays modest. */
    private static final List<String> SERVICE_JVM_OPTIONS = List.of("-Xmx512m");
    private static final String PREFIX = "sportello-launcher: ";

    private final LauncherOptions options;
    private final Map<String, String> environment;
    private final PrintStream out;
    private final RunningStack stack;
    private Logger log;

    Launcher(LauncherOptions options, Map<String, String> environment, PrintStream out) {
        this.options = options;
        this.environment = environment;
        this.out = out;
        this.stack = new RunningStack(out);
    }

    public static void main(String[] args) {
        int exitCode = run(args, System.getenv(), System.out, System.err);
        System.exit(exitCode);
    }

    /** Returns the exit code on failure or --help; while the stack runs it does not return. */
    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(List.of(args), environment);
        } catch (LauncherOptions.InvalidOption e) {
            err.println(PREFIX + e.getMessage() + " (--help lists the options)");
            return 2;
        }
        if (options.help()) {
            out.print(LauncherOptions.USAGE);
            return 0;
        }
        Launcher launcher = new Launcher(options, environment, out);
        try {
            launcher.launch();
            return 0;
        } catch (RunningStack.Stopping e) {
            return 1;
        } catch (LauncherFailure e) {
            if (!launcher.stack.isClosing()) {
                launcher.logFailure(e);
                err.println(PREFIX + e.getMessage());
            }
            return 1;
        } catch (RuntimeException e) {
            if (!launcher.stack.isClosing()) {
                launcher.logFailure(e);
                err.println(PREFIX + "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()
                        + " (details in " + options.dataDir().resolve("logs/launcher.log") + ")");
            }
            return 1;
        }
    }

    private void launch() {
        Properties build = buildProperties();
        String version = build.getProperty("version");
        Path home = SportelloHome.find(environment);
        DataDirectory data = DataDirectory.open(options.dataDir());

        // Everything that can be checked without changing anything comes before --reset deletes data.
        DemoPlan demo = options.demo() ? DemoPlan.of(options.seed(), options.months(), options.until(),
                Clock.systemUTC()) : null;
        checkPorts();
        if (options.reset()) {
            new Reset(options, environment, out).run(data);
        }
        if (demo != null) {
            checkDemoIsNew(demo, data);
        }
        // Before anything logs (and after --reset emptied the directory): the broker's messages go to a file.
        System.setProperty("sportello.launcher.log", data.log("launcher").toString());
        log = LoggerFactory.getLogger(Launcher.class);
        String secret = jwtSecret(data);
        String masterKey = masterKey(data);
        List<ServiceJars.Located> located = ServiceJars.locate(home, version, this::say);
        LocalBroker.checkData(data.kafka());
        PostgresServer postgres = PostgresChoice.choose(new PostgresChoice.Inputs(environment,
                options.embeddedPostgres(), data.recordedPostgres(), data.postgres(),
                data.postgresBinaries(build.getProperty("postgres.version")), data.postgresPassword(),
                data.log("postgres"), options.portOffset(), build.getProperty("postgres.version")), this::say);

        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "sportello-shutdown"));
        say("data directory " + data.root() + ", logs in " + data.logs());

        // Kafka and PostgreSQL start at once: each takes seconds and neither needs the other.
        CompletableFuture<LocalKafka> kafka = CompletableFuture.supplyAsync(
                () -> LocalBroker.start(data, options.port(KAFKA_PORT), log));
        stack.postgres(postgres);
        try {
            postgres.start();
        } catch (RuntimeException e) {
            // Let the broker finish starting and stop it cleanly rather than leave it half-started.
            kafka.handle((broker, failure) -> {
                if (broker != null) {
                    broker.stop();
                }
                return null;
            }).join();
            throw e;
        }
        data.recordPostgres(postgres.ownedByLauncher() ? DataDirectory.POSTGRES_EMBEDDED : postgres.serverUrl());
        say("PostgreSQL: " + postgres.description());
        LocalKafka broker = join(kafka);
        stack.kafka(broker);
        say("Kafka: " + broker.bootstrapServers() + ", data in " + data.kafka());

        List<ServiceProcess> services = startServices(located, data, postgres, broker, secret, masterKey, demo);
        List<StackPrinter.ServiceRow> rows = new ArrayList<>();
        for (ServiceJars.Located service : located) {
            if (service.runnable()) {
                String url = "http://127.0.0.1:" + options.port(service.spec().basePort());
                rows.add(new StackPrinter.ServiceRow(service.spec().name(), url, StackPrinter.health(url),
                        data.log(service.spec().name()).toString()));
            } else {
                rows.add(new StackPrinter.ServiceRow(service.spec().name(), null, "-", service.missing()));
            }
        }
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String role : StackPrinter.ROLES) {
            // The operator's token names every seed office (the demo's, and the README's examples work with
            // it); ADMIN and RESEARCHER are not scoped to offices; the partner desk's names the seed's two
            // desks, and the provider's binds it to one of the demo's providers (Monza's SerD).
            List<String> offices = switch (role) {
                case "OPERATOR" -> Seed.OFFICE_IDS;
                case "PARTNER_DESK" -> Seed.PARTNER_DESK_IDS;
                default -> List.of();
            };
            String provider = role.equals("PROVIDER") ? Providers.PRINTED_PROVIDER : null;
            tokens.put(role, DevToken.mint(secret, role.toLowerCase().replace('_', '-') + "-1", List.of(role), offices,
                    provider, TOKEN_TTL, Instant.now()));
        }
        new StackPrinter(out).print(rows, broker.bootstrapServers() + ", data in " + data.kafka() + ", log "
                + data.log("launcher"), postgres.description(), data.root(), tokens);

        if (demo != null) {
            runDemo(demo, data, rows, secret);
        }
        watch(services);
    }

    private List<ServiceProcess> startServices(List<ServiceJars.Located> located, DataDirectory data,
                                               PostgresServer postgres, LocalKafka broker, String secret,
                                               String masterKey, DemoPlan demo) {
        List<ServiceProcess> services = new ArrayList<>();
        for (ServiceJars.Located service : located) {
            if (!service.runnable()) {
                continue;
            }
            ServiceSpec spec = service.spec();
            Map<String, String> env = spec.environment(Map.of(
                    "SPRING_DATASOURCE_URL", LocalPostgres.databaseUrl(postgres.serverUrl(),
                            options.databasePrefix() + "_" + spec.database()),
                    "SPRING_DATASOURCE_USERNAME", postgres.user(),
                    "SPRING_DATASOURCE_PASSWORD", postgres.password(),
                    "SPRING_KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                    DevToken.SECRET_VARIABLE, secret), masterKey);
            String backdating = spec.name().equals("scheduling-service") ? DemoPlan.BACKDATING_LIMIT_VARIABLE
                    : spec.name().equals("referral-service") ? DemoPlan.REFERRAL_BACKDATING_LIMIT_VARIABLE : null;
            if (demo != null && backdating != null && !environment.containsKey(backdating)) {
                // The demo records a period's appointments and referrals after the fact: they must be accepted that old.
                env = new HashMap<>(env);
                env.put(backdating, demo.backdatingLimit(Clock.systemUTC()).toString());
            }
            ServiceProcess process = new ServiceProcess(spec.name(), service.jar(), options.port(spec.basePort()), env,
                    data.log(spec.name()), SERVICE_JVM_OPTIONS);
            stack.start(process);
            services.add(process);
        }
        say("starting " + String.join(", ", services.stream().map(ServiceProcess::name).toList())
                + " (logs in " + data.logs() + ")");
        try {
            Parallel.run(services.stream().<Runnable>map(s -> () -> s.awaitReady(READY_TIMEOUT)).toList());
        } catch (ServiceProcess.ServiceProcessException e) {
            throw new LauncherFailure(e.getMessage() + " (last lines there say why)");
        }
        return services;
    }

    /**
     * Running the same demo twice into one data directory would count every contact twice in the
     * reports; say so before starting anything.
     */
    private static void checkDemoIsNew(DemoPlan plan, DataDirectory data) {
        String recorded = data.recordedDemo(plan.key());
        if (recorded != null) {
            throw new LauncherFailure("the demo with seed " + plan.seed() + " for " + plan.firstMonth() + " to "
                    + plan.lastMonth() + " was already recorded into " + data.root() + " (" + recorded + "): start "
                    + "without --demo, choose another --seed, or start over with --reset");
        }
    }

    private void runDemo(DemoPlan plan, DataDirectory data, List<StackPrinter.ServiceRow> rows, String secret) {
        String intake = StackPrinter.url(rows, "intake-service");
        String scheduling = StackPrinter.url(rows, "scheduling-service");
        if (intake == null || scheduling == null) {
            throw new LauncherFailure("--demo needs intake-service and scheduling-service, and "
                    + (intake == null ? "intake-service" : "scheduling-service") + " is not built");
        }
        String referral = StackPrinter.url(rows, "referral-service");
        DemoRunner demo = new DemoRunner(intake, scheduling, referral, secret, out);
        stack.demo(demo);
        data.recordDemo(plan.key(), "started " + Instant.now());
        DemoRunner.Summary summary = demo.run(plan);
        String reporting = StackPrinter.url(rows, "reporting-service");
        out.println();
        out.println(summary.describe());
        out.println("The offices, as scheduling lists them (no token needed):");
        out.println("  curl -s " + scheduling + "/api/offices");
        if (reporting != null) {
            out.println("The reports for the demo period (give the projections a few seconds to catch up):");
            out.println("  curl -s '" + StackPrinter.reportUrl(reporting, summary.firstMonth().toString(),
                    summary.lastMonth().toString()) + "' -H \"Authorization: Bearer $RESEARCHER_TOKEN\"");
            out.println("  curl -s '" + StackPrinter.appointmentsReportUrl(reporting, summary.firstMonth().toString(),
                    summary.lastMonth().toString()) + "' -H \"Authorization: Bearer $RESEARCHER_TOKEN\"");
        }
        if (referral != null && summary.referrals() != null) {
            StackPrinter.printReferralExamples(out, referral, reporting, summary.firstMonth());
        }
        if (reporting != null) {
            StackPrinter.printResearchExamples(out, reporting, summary.firstMonth(), summary.lastMonth());
        }
        out.println(DemoRunner.FINISHED_LINE);
        out.flush();
    }

    /** Blocks until the JVM shuts down, saying if a service stops by itself meanwhile. */
    private void watch(List<ServiceProcess> services) {
        for (ServiceProcess service : services) {
            service.onExit().thenRun(() -> {
                if (!stack.isClosing()) {
                    out.println(PREFIX + service.name() + " stopped by itself: see " + service.logFile()
                            + "; Ctrl-C and start again to restart it");
                }
            });
        }
        try {
            stack.awaitClosing();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void checkPorts() {
        Ports.requireFree(options.port(KAFKA_PORT), "Kafka", options.portOffset());
        for (ServiceSpec spec : ServiceSpec.ALL) {
            Ports.requireFree(options.port(spec.basePort()), spec.name(), options.portOffset());
        }
    }

    private String jwtSecret(DataDirectory data) {
        String secret = environment.get(DevToken.SECRET_VARIABLE);
        if (secret != null && !secret.isBlank()) {
            if (secret.getBytes(StandardCharsets.UTF_8).length < DevToken.MINIMUM_SECRET_BYTES) {
                throw new LauncherFailure(DevToken.SECRET_VARIABLE + " is shorter than " + DevToken.MINIMUM_SECRET_BYTES
                        + " bytes, too short for HS256: unset it (the launcher then keeps one in " + data.jwtSecret()
                        + ") or export a longer one");
            }
            return secret;
        }
        try {
            return SecretFiles.readOrCreate(data.jwtSecret(), 48);
        } catch (IOException e) {
            throw new LauncherFailure("cannot read or write " + data.jwtSecret() + " (" + e.getMessage()
                    + "): fix its permissions, or set " + DevToken.SECRET_VARIABLE);
        }
    }

    private String masterKey(DataDirectory data) {
        try {
            return MasterKey.keep(data.masterKey(), environment.get(MasterKey.VARIABLE));
        } catch (IOException e) {
            throw new LauncherFailure("cannot read or write " + data.masterKey() + " (" + e.getMessage()
                    + "): fix its permissions");
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void say(String message) {
        out.println("[sportello] " + message);
        out.flush();
    }

    private void logFailure(RuntimeException e) {
        if (log != null) {
            log.error("Launcher failed", e);
        }
    }

    private static Properties buildProperties() {
        Properties properties = new Properties();
        try (InputStream in = Launcher.class.getResourceAsStream("/sportello-launcher.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new LauncherFailure("the launcher's jar is incomplete (no sportello-launcher.properties): rebuild it "
                    + "with ./mvnw -DskipTests package");
        }
        return properties;
    }
}
