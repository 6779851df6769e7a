package org.sportello.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class ReferralOptionsTest {

    private static final String SECRET = "a-benchmark-secret-of-at-least-32-bytes";
    private static final Path NO_FILE = Path.of("no-such-dir/jwt-secret");

    @Test
    void defaultsFitTheLauncherStack() {
        ReferralOptions options = ReferralOptions.parse(new String[0], SECRET, NO_FILE);

        assertThat(options.intakeUrl()).isEqualTo("http://127.0.0.1:8081");
        assertThat(options.schedulingUrl()).isEqualTo("http://127.0.0.1:8082");
        assertThat(options.referralUrl()).isEqualTo("http://127.0.0.1:8083");
        assertThat(options.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/postgres");
        assertThat(options.jwtSecret()).isEqualTo(SECRET);
        assertThat(options.concurrency()).isEqualTo(8);
        assertThat(options.cases()).isEqualTo(200);
        assertThat(options.completePercent()).isEqualTo(50);
        assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.insertDuration()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void optionsAreGivenAsTheOtherCommandsTakeThem() {
        ReferralOptions options = ReferralOptions.parse(new String[] {"--referral", "http://127.0.0.1:8183",
                "--intake", "http://127.0.0.1:8181", "--concurrency", "4", "--cases", "20", "--complete-percent", "100",
                "--warmup", "0", "--duration", "5"}, SECRET, NO_FILE);

        assertThat(options.referralUrl()).isEqualTo("http://127.0.0.1:8183");
        assertThat(options.intakeUrl()).isEqualTo("http://127.0.0.1:8181");
        assertThat(options.concurrency()).isEqualTo(4);
        assertThat(options.cases()).isEqualTo(20);
        assertThat(options.completePercent()).isEqualTo(100);
        assertThat(options.warmup()).isZero();
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aMistypedOrOutOfRangeOptionIsRefused() {
        assertThatThrownBy(() -> ReferralOptions.parse(new String[] {"--referal", "x"}, SECRET, NO_FILE))
                .hasMessageContaining("unknown option --referal");
        assertThatThrownBy(() -> ReferralOptions.parse(new String[] {"--complete-percent", "101"}, SECRET, NO_FILE))
                .hasMessageContaining("complete-percent");
        assertThatThrownBy(() -> ReferralOptions.parse(new String[] {"--cases", "0"}, SECRET, NO_FILE))
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> ReferralOptions.parse(new String[0], null, NO_FILE)).hasMessageContaining("no JWT secret");
    }
}
