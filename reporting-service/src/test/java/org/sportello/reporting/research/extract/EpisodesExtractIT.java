package org.sportello.reporting.research.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.reporting.research.extract.ExtractEpisode.Citizen.born;
import static org.sportello.testing.ProblemAssertions.assertProblem;

import java.net.http.HttpResponse;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.reporting.ReportsApi;
import org.sportello.reporting.TestMonths;
import org.sportello.reporting.research.facts.ResearchTopics;
import org.sportello.reporting.research.extract.ExtractEpisode.Citizen;
import org.sportello.testing.HttpAnswer;
import org.sportello.testing.SportelloServiceTest;
import org.sportello.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The extract over HTTP as a researcher downloads it, from episodes written into the research tables
 * (each test under a coding scheme of its own): the headers, rows without any id, the same extract
 * as one computed in memory from its definition, and the refusals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EpisodesExtractIT {

    private static final String CSV = "text/csv";
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final String ADMIN = TestInfrastructure.token("admin-1", "ADMIN");
    private static final String OPERATOR = TestInfrastructure.token("operator-1", "OPERATOR");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SportelloServiceTest.register(registry, "reporting");
        // Groups of its own, so this context never takes partitions from another test's consumers.
        ResearchTopics.ownConsumerGroups(registry, "extract-it");
        ResearchTopics.createTopicsIfMissing();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ReportsApi api;
    private ExtractTables tables;
    private Year year;

    @BeforeEach
    void connect() {
        api = new ReportsApi(port);
        tables = new ExtractTables(jdbc);
        // A year of its own: the research projections of this context read every test's events on the topics
        // and compute their episodes under every scheme, this test's own included.
        year = TestMonths.unusedYear();
    }

    @Test
    void oneRowPerEpisodeWithGeneralisedAttributesOnlyAndTheHeadersSayHowItWasMade() {
        String scheme = tables.newScheme();
        List<ExtractEpisode> population = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            population.add(ExtractEpisode.of(born(year.getValue() - 35, "F"), "monza-centro", "monza", year + "-03", "WALK_IN"));
        }
        // Alone in her combination (another age band): withheld, 1 of 21 rows, within 5 %.
        population.add(ExtractEpisode.of(born(year.getValue() - 75, "F"), "monza-centro", "monza", year + "-03", "WALK_IN"));
        tables.insert(scheme, population);

        HttpResponse<String> extract = api.get(path(year + "-01", year + "-12", scheme), ReportsApi.RESEARCHER, CSV);

        assertThat(extract.statusCode()).as(extract.body()).isEqualTo(200);
        assertThat(extract.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/csv"));
        assertThat(extract.headers().firstValue("Sportello-Withheld-Rows")).hasValue("1");
        assertThat(extract.headers().firstValue("Sportello-Rows")).hasValue("20");
        assertThat(extract.headers().firstValue("Sportello-Generalisation"))
                .hasValue("ageBand=fine;period=month;place=office");
        assertThat(extract.headers().firstValue("Sportello-K")).hasValue("5");
        assertThat(extract.headers().firstValue("Sportello-Scheme")).hasValue(scheme);
        assertThat(extract.headers().firstValue("Sportello-Quasi-Identifiers"))
                .hasValue("ageBand,sex,place,period,channel");
        String row = "35-44,F,POVERTY_AND_ADULT_HARDSHIP,HOUSING;INCOME,WALK_IN,monza-centro," + year + "-03,ORIENTATION,"
                + "TAKEN_IN_CHARGE,true,false,false,3\r\n";
        assertThat(extract.body()).isEqualTo("ageBand,sex,userAreas,needCategories,channel,place,period,outcomes,"
                + "endedBy,careFirst,controlBeforeCare,dropOff,daysToCare\r\n" + row.repeat(20));
    }

    @Test
    void noIdOfAnyKindIsEverInTheExtract() {
        String scheme = tables.newScheme();
        List<ExtractEpisode> population = Populations.random(7, 300, 60, YearMonth.of(year.getValue(), 1));
        tables.insert(scheme, population);

        HttpResponse<String> extract = api.get(path(year + "-01", year + "-12", scheme), ReportsApi.RESEARCHER, CSV);

        assertThat(extract.statusCode()).as(extract.body()).isEqualTo(200);
        assertThat(UUID_TEXT.matcher(extract.body()).find()).as(extract.body()).isFalse();
        assertThat(extract.headers().map().values()).allSatisfy(values -> assertThat(values)
                .allSatisfy(value -> assertThat(UUID_TEXT.matcher(value).find()).as(value).isFalse()));
        String header = extract.body().substring(0, extract.body().indexOf("\r\n"));
        assertThat(header.split(",")).noneMatch(column -> column.toLowerCase().contains("id"));
        for (ExtractEpisode episode : population) {
            assertThat(extract.body()).doesNotContain(episode.episodeId().toString().substring(0, 8));
        }
    }

    @Test
    void theDatabaseMakesTheSameExtractAsTheDefinitionOnRandomPopulations() {
        for (long seed : new long[] {1, 2, 3, 4}) {
            String scheme = tables.newScheme();
            List<ExtractEpisode> population = Populations.random(seed, 150 + 50 * (int) seed, 20 * (int) seed,
                    YearMonth.of(year.getValue(), 2));
            tables.insert(scheme, population);
            for (int k : new int[] {5, 8}) {
                InMemoryExtract.Result expected = InMemoryExtract.of(population, k);

                HttpResponse<String> extract = api.get(path(year + "-01", year + "-12", scheme) + "&k=" + k,
                        ReportsApi.RESEARCHER, CSV);

                assertThat(extract.statusCode()).as(extract.body()).isEqualTo(200);
                assertThat(extract.headers().firstValue("Sportello-Generalisation")).as("seed %d, k %d", seed, k)
                        .hasValue(expected.chosen().generalisation().label());
                assertThat(extract.headers().firstValue("Sportello-Withheld-Rows"))
                        .hasValue(Long.toString(expected.chosen().withheld()));
                assertThat(extract.headers().firstValue("Sportello-K")).hasValue(Integer.toString(k));
                assertThat(extract.body()).as("seed %d, k %d", seed, k).isEqualTo(expected.csv());
            }
        }
    }

    @Test
    void onlyTheMonthsAskedForAndTheSchemeAskedForAreInTheExtract() {
        String scheme = tables.newScheme();
        String other = tables.newScheme();
        List<ExtractEpisode> march = new ArrayList<>();
        List<ExtractEpisode> april = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            march.add(ExtractEpisode.anonymous("monza-centro", "monza", year + "-03", "PHONE"));
            april.add(ExtractEpisode.anonymous("monza-centro", "monza", year + "-04", "PHONE"));
        }
        tables.insert(scheme, march);
        tables.insert(scheme, april);
        tables.insert(other, march);

        HttpResponse<String> extract = api.get(path(year + "-03", year + "-03", scheme), ReportsApi.RESEARCHER, CSV);

        assertThat(lines(extract)).hasSize(5)
                .allSatisfy(line -> assertThat(line).startsWith("unknown,unknown,,,PHONE,monza-centro," + year + "-03,"));
    }

    @Test
    void aCitizenErasedIsGivenWithoutAgeOrSexAndAnOfficeUnknownWithoutMunicipality() {
        String scheme = tables.newScheme();
        List<ExtractEpisode> population = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            population.add(ExtractEpisode.of(Citizen.erased(), "lecco-1", null, year + "-03", "EMAIL"));
            population.add(ExtractEpisode.of(born(year.getValue() - 35, "F"), "lecco-2", null, year + "-03", "EMAIL"));
        }
        // One more in each office: alone in their combination at office level, together at municipality level.
        population.add(ExtractEpisode.of(born(year.getValue() - 65, "M"), "lecco-1", null, year + "-03", "EMAIL"));
        tables.insert(scheme, population);

        HttpResponse<String> extract = api.get(path(year + "-03", year + "-03", scheme), ReportsApi.RESEARCHER, CSV);

        // 1 of 11 withheld at every level: the coarsest, where every office the registry lacks is "unknown".
        assertThat(extract.headers().firstValue("Sportello-Generalisation"))
                .hasValue("ageBand=coarse;period=quarter;place=municipality");
        assertThat(extract.headers().firstValue("Sportello-Withheld-Rows")).hasValue("1");
        assertThat(lines(extract)).hasSize(10)
                .filteredOn(line -> line.startsWith("unknown,unknown,")).hasSize(5)
                .allSatisfy(line -> assertThat(line).contains(",EMAIL,unknown," + year + "-Q1,"));
    }

    @Test
    void administratorsMayDownloadItAndOperatorsMayNot() {
        String scheme = tables.newScheme();

        HttpResponse<String> admin = api.get(path(year + "-01", year + "-12", scheme), ADMIN, CSV);
        HttpResponse<String> operator = api.get(path(year + "-01", year + "-12", scheme), OPERATOR, CSV);
        HttpResponse<String> nobody = api.get(path(year + "-01", year + "-12", scheme), null, CSV);

        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).isEqualTo("ageBand,sex,userAreas,needCategories,channel,place,period,outcomes,"
                + "endedBy,careFirst,controlBeforeCare,dropOff,daysToCare\r\n");
        assertThat(admin.headers().firstValue("Sportello-Withheld-Rows")).hasValue("0");
        assertThat(operator.statusCode()).isEqualTo(403);
        assertThat(nobody.statusCode()).isEqualTo(401);
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        String scheme = tables.newScheme();

        assertProblem(answer(api.get(path(year + "-01", year + "-12", scheme) + "&k=3", ReportsApi.RESEARCHER, CSV)), 422,
                ExtractKTooSmall.TYPE, "k");
        assertProblem(answer(api.get(path(year + "-01", year + "-12", scheme) + "&k=0", ReportsApi.RESEARCHER, CSV)), 422,
                ExtractKTooSmall.TYPE, "k");
        assertProblem(answer(api.get(path(year + "-01", year + "-12", scheme) + "&k=5000", ReportsApi.RESEARCHER, CSV)), 400,
                InvalidExtractK.TYPE, "k");
        assertThat(answer(api.get(path(year + "-01", year + "-12", scheme) + "&k=five", ReportsApi.RESEARCHER, CSV)).status())
                .isEqualTo(400);
        assertProblem(answer(api.get(path(year + "-13", year + "-12", scheme), ReportsApi.RESEARCHER, CSV)), 400,
                "invalid-month", "from");
        assertProblem(answer(api.get(path(year + "-06", year + "-01", scheme), ReportsApi.RESEARCHER, CSV)), 400,
                "invalid-month-range", "to");
        assertProblem(answer(api.get("/api/research/episodes.csv?from=" + year + "-01", ReportsApi.RESEARCHER, CSV)), 400,
                "invalid-input", "to");
        assertProblem(answer(api.get(path(year + "-01", year + "-12", "no-such-scheme"), ReportsApi.RESEARCHER, CSV)), 404,
                "unknown-coding-scheme", "scheme");
    }

    /** The rows, without the header line. */
    private static List<String> lines(HttpResponse<String> extract) {
        List<String> lines = List.of(extract.body().split("\r\n"));
        return lines.subList(1, lines.size());
    }

    private static String path(String from, String to, String scheme) {
        return "/api/research/episodes.csv?from=" + from + "&to=" + to + "&scheme=" + scheme;
    }

    private static HttpAnswer answer(HttpResponse<String> response) {
        return new HttpAnswer() {
            @Override
            public int status() {
                return response.statusCode();
            }

            @Override
            public String contentType() {
                return response.headers().firstValue("Content-Type").orElse(null);
            }

            @Override
            public String body() {
                return response.body();
            }
        };
    }
}
