package org.sportello.launcher;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the user asked for on the command line (and the one setting read from the environment,
 * {@code SPORTELLO_PORT_OFFSET}). Parsing never touches the disk or the network, so it is tested alone.
 *
 * @param until the last demo month; null means the current month
 */
public record LauncherOptions(
        Path dataDir,
        boolean reset,
        boolean yes,
        boolean demo,
        int months,
        long seed,
        YearMonth until,
        int portOffset,
        boolean embeddedPostgres,
        String databasePrefix,
        boolean help) {

    public static final String PORT_OFFSET_VARIABLE = "SPORTELLO_PORT_OFFSET";
    static final Path DEFAULT_DATA_DIR = Path.of(".sportello");
    static final int DEFAULT_MONTHS = 12;
    /** A fixed default seed: two demo runs without --seed produce the same data. */
    static final long DEFAULT_SEED = 1;
    static final String DEFAULT_DATABASE_PREFIX = "sportello";
    /** The highest fixed port is Kafka's 9092; the offset must keep every port a valid TCP port. */
    static final int MAX_PORT_OFFSET = 50_000;
    static final int MAX_MONTHS = 120;
    private static final Pattern DATABASE_PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    public static final String USAGE = """
            usage: java -jar infra/launcher/target/sportello-launcher.jar [options]

            Runs the whole Sportello stack on this machine: a Kafka broker, PostgreSQL and every built
            service, then prints their URLs and a token for each role. Ctrl-C stops everything.

            options:
              --data-dir DIR        where Kafka, the embedded PostgreSQL, logs, the JWT secret and the
                                    master key live (default ./.sportello; kept between runs)
              --reset               delete the data directory (and the launcher's databases on an
                                    external PostgreSQL) after asking for confirmation, then start afresh
              --yes                 do not ask for confirmation (for scripts)
              --demo                fill the system with a realistic simulation, through the public APIs
              --months N            months of demo data, ending with --until (default 12)
              --seed S              seed of the demo simulation; the same seed gives the same data (default 1)
              --until YYYY-MM       last demo month (default: the current month, up to now)
              --port-offset N       add N to every port: Kafka 9092, services 8081-8084, embedded
                                    PostgreSQL 5433 (default 0, or $SPORTELLO_PORT_OFFSET)
              --embedded-postgres   use the embedded PostgreSQL even if one answers on 127.0.0.1:5432
              --database-prefix P   databases are P_intake, P_reporting, ... (default sportello), to run
                                    several stacks on one PostgreSQL server
              --help                show this help

            PostgreSQL: the server of $SPRING_DATASOURCE_URL (with $SPRING_DATASOURCE_USERNAME and
            _PASSWORD) if set; else the one on 127.0.0.1:5432 (user postgres, password $PGPASSWORD or
            "postgres"); else an embedded one with its data in DIR/postgres. Each service gets its own database.
            """;

    public static LauncherOptions defaults() {
        return new LauncherOptions(DEFAULT_DATA_DIR, false, false, false, DEFAULT_MONTHS, DEFAULT_SEED, null, 0,
                false, DEFAULT_DATABASE_PREFIX, false);
    }

    /**
     * Reads {@code args} as {@code --name value} or {@code --name=value}.
     *
     * @throws InvalidOption with a message that names the option and what it takes
     */
    public static LauncherOptions parse(List<String> args, Map<String, String> environment) {
        Path dataDir = DEFAULT_DATA_DIR;
        boolean reset = false;
        boolean yes = false;
        boolean demo = false;
        Integer months = null;
        Long seed = null;
        YearMonth until = null;
        boolean embeddedPostgres = false;
        String databasePrefix = DEFAULT_DATABASE_PREFIX;
        boolean help = false;
        String offsetText = environment.get(PORT_OFFSET_VARIABLE);
        String offsetSource = PORT_OFFSET_VARIABLE;

        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String inlineValue = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                inlineValue = arg.substring(equals + 1);
            }
            switch (name) {
                case "--help", "-h" -> help = true;
                case "--reset" -> reset = true;
                case "--yes", "-y" -> yes = true;
                case "--demo" -> demo = true;
                case "--embedded-postgres" -> embeddedPostgres = true;
                case "--data-dir", "--months", "--seed", "--until", "--port-offset", "--database-prefix" -> {
                    String value = inlineValue;
                    if (value == null) {
                        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                            throw new InvalidOption(name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    switch (name) {
                        case "--data-dir" -> dataDir = dataDir(value);
                        case "--months" -> months = wholeNumber(name, value, 1, MAX_MONTHS);
                        case "--seed" -> seed = seed(value);
                        case "--until" -> until = yearMonth(value);
                        case "--port-offset" -> {
                            offsetText = value;
                            offsetSource = "--port-offset";
                        }
                        default -> databasePrefix = databasePrefix(value);
                    }
                    continue;
                }
                default -> throw new InvalidOption(arg.startsWith("-") ? "unknown option " + arg
                        : "unexpected argument " + arg + " (options start with --)");
            }
            if (inlineValue != null) {
                throw new InvalidOption(name + " takes no value");
            }
        }
        if (!demo && (months != null || seed != null || until != null)) {
            // Silently ignoring them would leave the user wondering where the demo data is.
            throw new InvalidOption("--months, --seed and --until only go with --demo");
        }
        int portOffset = offsetText == null || offsetText.isBlank() ? 0
                : wholeNumber(offsetSource, offsetText.strip(), 0, MAX_PORT_OFFSET);
        return new LauncherOptions(dataDir, reset, yes, demo, months == null ? DEFAULT_MONTHS : months,
                seed == null ? DEFAULT_SEED : seed, until, portOffset, embeddedPostgres, databasePrefix, help);
    }

    /** {@code base} moved by the port offset, e.g. 8081 for intake. */
    public int port(int base) {
        return base + portOffset;
    }

    private static Path dataDir(String value) {
        if (value.isBlank()) {
            throw new InvalidOption("--data-dir needs a directory");
        }
        return Path.of(value);
    }

    private static int wholeNumber(String name, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, naming the option
        }
        throw new InvalidOption(name + " takes a whole number from " + min + " to " + max + ", not '" + value + "'");
    }

    private static long seed(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidOption("--seed takes a whole number, not '" + value + "'");
        }
    }

    private static YearMonth yearMonth(String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidOption("--until takes a month as YYYY-MM, not '" + value + "'");
        }
    }

    private static String databasePrefix(String value) {
        if (!DATABASE_PREFIX.matcher(value).matches()) {
            throw new InvalidOption("--database-prefix takes lower-case letters, digits and _ (starting with a letter, "
                    + "at most 40), not '" + value + "'");
        }
        return value;
    }

    /** The command line cannot be understood; the message says which option and why. */
    public static final class InvalidOption extends RuntimeException {
        public InvalidOption(String message) {
            super(message);
        }
    }
}
