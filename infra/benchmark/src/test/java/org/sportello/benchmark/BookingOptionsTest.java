package org.sportello.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookingOptionsTest {

    private static final String SECRET = "a-benchmark-secret-of-at-least-32-bytes";
    private static final Path NO_FILE = Path.of("no-such-dir/jwt-secret");

    @Test
    void defaultsFitTheLauncherStack() {
        BookingOptions options = BookingOptions.parse(new String[0], SECRET, NO_FILE);

        assertThat(options.schedulingUrl()).isEqualTo("http://127.0.0.1:8082");
        assertThat(options.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/postgres");
        assertThat(options.jwtSecret()).isEqualTo(SECRET);
        assertThat(options.concurrency()).isEqualTo(16);
        assertThat(options.offices()).isEqualTo(3);
        assertThat(options.operatorsPerOffice()).isEqualTo(8);
        assertThat(options.jointPercent()).isEqualTo(30);
        assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.insertDuration()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void optionsAreGivenAsTheContactBenchmarkTakesThem() {
        BookingOptions options = BookingOptions.parse(new String[] {"--scheduling", "http://127.0.0.1:8182",
                "--concurrency", "4", "--offices", "1", "--operators-per-office", "2", "--joint-percent", "100",
                "--warmup", "0", "--duration", "5", "--secret", "given-on-the-command-line-32-bytes!"}, SECRET, NO_FILE);

        assertThat(options.schedulingUrl()).isEqualTo("http://127.0.0.1:8182");
        assertThat(options.concurrency()).isEqualTo(4);
        assertThat(options.offices()).isEqualTo(1);
        assertThat(options.operatorsPerOffice()).isEqualTo(2);
        assertThat(options.jointPercent()).isEqualTo(100);
        assertThat(options.warmup()).isZero();
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.jwtSecret()).isEqualTo("given-on-the-command-line-32-bytes!");
    }

    @Test
    void withoutOptionOrEnvironmentTheSecretComesFromTheLaunchersFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("jwt-secret");
        Files.writeString(file, SECRET + "\n");

        assertThat(BookingOptions.parse(new String[0], null, file).jwtSecret()).isEqualTo(SECRET);
    }

    @Test
    void withoutAnySecretItSaysWhatToSet() {
        assertThatThrownBy(() -> BookingOptions.parse(new String[0], null, NO_FILE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SPORTELLO_JWT_SECRET");
    }

    @Test
    void aMistypedOptionIsRefusedRatherThanLeftAtItsDefault() {
        assertThatThrownBy(() -> BookingOptions.parse(new String[] {"--office", "3"}, SECRET, NO_FILE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOfficeTooSmallForAJointInterviewIsRefused() {
        assertThatThrownBy(() -> BookingOptions.parse(new String[] {"--operators-per-office", "1"}, SECRET, NO_FILE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aShareOfJointInterviewsOutsideZeroToHundredIsRefused() {
        assertThatThrownBy(() -> BookingOptions.parse(new String[] {"--joint-percent", "101"}, SECRET, NO_FILE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRunOfNoTimeOrNoClientIsRefused() {
        assertThatThrownBy(() -> BookingOptions.parse(new String[] {"--duration", "0"}, SECRET, NO_FILE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BookingOptions.parse(new String[] {"--concurrency", "0"}, SECRET, NO_FILE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aValueThatIsNotANumberIsRefused() {
        assertThatThrownBy(() -> BookingOptions.parse(new String[] {"--offices", "three"}, SECRET, NO_FILE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
