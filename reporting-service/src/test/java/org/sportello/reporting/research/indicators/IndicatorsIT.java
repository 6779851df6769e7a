package org.sportello.reporting.research.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.testing.ProblemAssertions.assertProblem;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.reporting.IntakeTopicProducer;
import org.sportello.reporting.ReferralTopicProducer;
import org.sportello.reporting.ReportsApi;
import org.sportello.reporting.SchedulingTopicProducer;
import org.sportello.reporting.TestMonths;
import org.sportello.reporting.research.indicators.IndicatorsReport.Row;
import org.sportello.testing.HttpAnswer;
import org.sportello.reporting.research.facts.ResearchTopics;
import org.sportello.testing.SportelloServiceTest;
import org.sportello.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The indicators over HTTP, from episodes and contacts written straight into the research tables
 * (as the episode projections write them) for a small synthetic population whose figures are
 * worked out by hand below. Each test has a year and ids of its own; rows are asked for one
 * district at a time, since every test's offices are in the registry.
 *
 * <p>The population, in March: the district "brianza" holds Monza, with a central office (centro)
 * and a neighbourhood one (rocco); the district "sicilia" holds Messina, with one central office.
 * <pre>
 * Monza Centro: 20 episodes: 7 care first (taken in charge after 0, 0, 1, 1, 2, 3, 8 days); 6 control
 *   before care (one taken in charge after 20 days, 5 ended by the window); 5 dropped off (closed with
 *   information only); 2 open. 30 contacts, 9 joint.
 *   episodes 20; care first 7/20 = 0.350; control before care 6/20 = 0.300; drop-off 5 of 18 ended =
 *   0.2777 = 0.278; days 0 0 1 1 2 3 8 20: median (1 + 2) / 2 = 1.5, P90 at rank 6.3 = 8 + 0.3 * 12 = 11.6;
 *   joint 9/30 = 0.300; decentralised 0/20 = 0.000 (it is the central office).
 * Monza San Rocco: 10 episodes: 5 care first by walking in (after 1, 1, 2, 4, 6 days); 5 open with
 *   information only, by phone. 10 contacts (5 by phone), none joint.
 *   10; 5/10 = 0.500; 0/10 = 0.000; 0 of 5 ended = 0.000; days 1 1 2 4 6: median 2.0, P90 at rank 3.6 =
 *   4 + 0.6 * 2 = 5.2; 0/10 = 0.000; decentralised 10/10 = 1.000.
 * Monza (and brianza): 30; 12/30 = 0.400; 6/30 = 0.200; 5/23 = 0.217; thirteen days 0 0 1 1 1 1 2 2 3 4 6 8 20:
 *   median 2.0, P90 at rank 10.8 = 6 + 0.8 * 2 = 7.6; 9/40 = 0.225; 10/30 = 0.333.
 *   Every count and every complement is 0 or at least 5: nothing is withheld.
 * Messina Centro (= Messina = sicilia): 6 episodes: 2 care first (after 0 and 5 days), 4 control before
 *   care ended by the window. 10 contacts, 5 joint.
 *   6; care first 2 (small): withheld; control before care 4 (small): withheld; drop-off 0 of 6 = 0.000;
 *   2 days to care: median and P90 withheld; 5/10 = 0.500; 0/6 = 0.000.
 * April: nothing anywhere: 0 episodes, every share null and not withheld.
 * May: Messina Centro 3 episodes, care first after 1 day each, 3 contacts: everything withheld.
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IndicatorsIT {

    private static final String JSON = "application/json";
    private static final List<String> EVERYTHING = List.of("episodes", "careFirstShare", "controlBeforeCareShare",
            "dropOffShare", "daysToCareMedian", "daysToCareP90", "jointInterviewShare", "decentralisedShare");
    private static final String OPERATOR = TestInfrastructure.token("operator-1", "OPERATOR");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SportelloServiceTest.register(registry, "reporting");
        ResearchTopics.ownConsumerGroups(registry, "indicators-it");
        IntakeTopicProducer.createTopicIfMissing();
        SchedulingTopicProducer.createTopicIfMissing();
        ReferralTopicProducer.createTopicIfMissing();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ReportsApi api;
    private ResearchFixture fixture;
    private Year year;

    @BeforeEach
    void population() {
        api = new ReportsApi(port);
        year = TestMonths.unusedYear();
        fixture = new ResearchFixture(jdbc);
        fixture.district("brianza", "Brianza").municipality("monza", "Monza", "brianza")
                .office("monza-centro", "Monza Centro", "monza", true)
                .office("monza-rocco", "Monza San Rocco", "monza", false)
                .district("sicilia", "Sicilia").municipality("messina", "Messina", "sicilia")
                .office("messina-centro", "Messina Centro", "messina", true);
        YearMonth march = year.atMonth(3);
        for (int days : new int[] {0, 0, 1, 1, 2, 3, 8}) {
            fixture.episode("monza-centro", march).careFirst(days).times(1);
        }
        fixture.episode("monza-centro", march).controlBeforeCare(20).times(1);
        fixture.episode("monza-centro", march).controlBeforeCare(null).times(5);
        fixture.episode("monza-centro", march).droppedOff().times(5);
        fixture.episode("monza-centro", march).open().times(2);
        fixture.contacts("monza-centro", march, "WALK_IN", 30, 9);
        for (int days : new int[] {1, 1, 2, 4, 6}) {
            fixture.episode("monza-rocco", march).careFirst(days).times(1);
        }
        fixture.episode("monza-rocco", march).by("PHONE").open().times(5);
        fixture.contacts("monza-rocco", march, "PHONE", 5, 0).contacts("monza-rocco", march, "WALK_IN", 5, 0);
        fixture.episode("messina-centro", march).careFirst(0).times(1);
        fixture.episode("messina-centro", march).careFirst(5).times(1);
        fixture.episode("messina-centro", march).controlBeforeCare(null).times(4);
        fixture.contacts("messina-centro", march, "WALK_IN", 10, 5);
        fixture.episode("messina-centro", year.atMonth(5)).careFirst(1).times(3);
        fixture.contacts("messina-centro", year.atMonth(5), "WALK_IN", 3, 0);
    }

    @Test
    void eachOfficeEachMonthWithZerosShown() {
        assertThat(rows("office", "districtId=" + fixture.id("brianza"))).containsExactly(
                new Row(month(3), fixture.id("monza-centro"), "Monza Centro", 20L, share("0.350"), share("0.300"),
                        share("0.278"), days("1.5"), days("11.6"), share("0.300"), share("0.000"), List.of()),
                new Row(month(3), fixture.id("monza-rocco"), "Monza San Rocco", 10L, share("0.500"), share("0.000"),
                        share("0.000"), days("2.0"), days("5.2"), share("0.000"), share("1.000"), List.of()),
                nothing(month(4), "monza-centro", "Monza Centro"),
                nothing(month(4), "monza-rocco", "Monza San Rocco"),
                nothing(month(5), "monza-centro", "Monza Centro"),
                nothing(month(5), "monza-rocco", "Monza San Rocco"));
    }

    @Test
    void smallCountsAreWithheldNamedAndNeverShownAsZero() {
        assertThat(rows("office", "districtId=" + fixture.id("sicilia"))).containsExactly(
                new Row(month(3), fixture.id("messina-centro"), "Messina Centro", 6L, null, null, share("0.000"), null,
                        null, share("0.500"), share("0.000"), List.of("careFirstShare", "controlBeforeCareShare",
                        "daysToCareMedian", "daysToCareP90")),
                nothing(month(4), "messina-centro", "Messina Centro"),
                new Row(month(5), fixture.id("messina-centro"), "Messina Centro", null, null, null, null, null, null,
                        null, null, EVERYTHING));
        HttpResponse<String> may = api.get(indicators("office", "05", "05", "districtId=" + fixture.id("sicilia")),
                ReportsApi.RESEARCHER, JSON);
        assertThat(may.body()).contains("\"episodes\":null").contains("\"threshold\":5").contains("\"scheme\":\"v1\"")
                .contains("\"groupBy\":\"office\"");
    }

    @Test
    void municipalitiesAndDistrictsSumTheirOffices() {
        Row monza = new Row(month(3), fixture.id("monza"), "Monza", 30L, share("0.400"), share("0.200"),
                share("0.217"), days("2.0"), days("7.6"), share("0.225"), share("0.333"), List.of());

        assertThat(rows("municipality", "districtId=" + fixture.id("brianza"))).containsExactly(monza,
                nothing(month(4), "monza", "Monza"), nothing(month(5), "monza", "Monza"));
        assertThat(rows("district", "districtId=" + fixture.id("brianza")).get(0)).isEqualTo(new Row(month(3),
                fixture.id("brianza"), "Brianza", 30L, share("0.400"), share("0.200"), share("0.217"), days("2.0"),
                days("7.6"), share("0.225"), share("0.333"), List.of()));
        // An office filter keeps the unit that holds the office, with the whole unit's figures.
        assertThat(rows("municipality", "officeId=" + fixture.id("monza-rocco")).get(0)).isEqualTo(monza);
    }

    @Test
    void aChannelKeepsTheEpisodesAndContactsThatCameByIt() {
        // By phone at San Rocco: the 5 open episodes and 5 contacts. None ended (no drop-off share), none reached care.
        assertThat(rows("office", "officeId=" + fixture.id("monza-rocco") + "&channel=PHONE").get(0)).isEqualTo(
                new Row(month(3), fixture.id("monza-rocco"), "Monza San Rocco", 5L, share("0.000"), share("0.000"),
                        null, null, null, share("0.000"), share("1.000"), List.of()));
        assertThat(rows("office", "officeId=" + fixture.id("monza-rocco") + "&userArea=ELDERLY").get(0))
                .isEqualTo(nothing(month(3), "monza-rocco", "Monza San Rocco"));
    }

    @Test
    void asCsvTheSameRowsWithWithheldValuesEmpty() {
        HttpResponse<String> csv = api.get(indicators("office", "03", "04", "districtId=" + fixture.id("sicilia")),
                ReportsApi.RESEARCHER, "text/csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        assertThat(csv.body()).isEqualTo(IndicatorsCsv.HEADER + "\r\n"
                + month(3) + "," + fixture.id("messina-centro") + ",Messina Centro,6,,,0.000,,,0.500,0.000,"
                + "careFirstShare;controlBeforeCareShare;daysToCareMedian;daysToCareP90\r\n"
                + month(4) + "," + fixture.id("messina-centro") + ",Messina Centro,0,,,,,,,,\r\n");
    }

    @Test
    void twoMunicipalitiesSideBySide() {
        String query = "/api/research/compare?municipalities=" + fixture.id("monza") + "," + fixture.id("messina")
                + "&from=" + month(3) + "&to=" + month(4);

        CompareReport compare = ReportsApi.read(api.get(query, ReportsApi.RESEARCHER, JSON), CompareReport.class);

        // Monza's period is March's (April adds nothing); Messina's period withholds what March withholds.
        Row monzaMarch = new Row(month(3), fixture.id("monza"), "Monza", 30L, share("0.400"), share("0.200"),
                share("0.217"), days("2.0"), days("7.6"), share("0.225"), share("0.333"), List.of());
        Row messinaMarch = new Row(month(3), fixture.id("messina"), "Messina", 6L, null, null, share("0.000"), null,
                null, share("0.500"), share("0.000"), List.of("careFirstShare", "controlBeforeCareShare",
                "daysToCareMedian", "daysToCareP90"));
        assertThat(compare).isEqualTo(new CompareReport("v1", 5, month(3), month(4), List.of(
                new CompareReport.Municipality(fixture.id("monza"), "Monza", new Row(null, fixture.id("monza"), "Monza",
                        30L, share("0.400"), share("0.200"), share("0.217"), days("2.0"), days("7.6"), share("0.225"),
                        share("0.333"), List.of()), List.of(monzaMarch, nothing(month(4), "monza", "Monza"))),
                new CompareReport.Municipality(fixture.id("messina"), "Messina", new Row(null, fixture.id("messina"),
                        "Messina", 6L, null, null, share("0.000"), null, null, share("0.500"), share("0.000"),
                        List.of("careFirstShare", "controlBeforeCareShare", "daysToCareMedian", "daysToCareP90")),
                        List.of(messinaMarch, nothing(month(4), "messina", "Messina"))))));

        HttpResponse<String> csv = api.get(query, ReportsApi.RESEARCHER, "text/csv");
        String monza = fixture.id("monza");
        String messina = fixture.id("messina");
        assertThat(csv.body()).isEqualTo(IndicatorsCsv.HEADER + "\r\n"
                + month(3) + "," + monza + ",Monza,30,0.400,0.200,0.217,2.0,7.6,0.225,0.333,\r\n"
                + month(4) + "," + monza + ",Monza,0,,,,,,,,\r\n"
                + "all," + monza + ",Monza,30,0.400,0.200,0.217,2.0,7.6,0.225,0.333,\r\n"
                + month(3) + "," + messina + ",Messina,6,,,0.000,,,0.500,0.000,"
                + "careFirstShare;controlBeforeCareShare;daysToCareMedian;daysToCareP90\r\n"
                + month(4) + "," + messina + ",Messina,0,,,,,,,,\r\n"
                + "all," + messina + ",Messina,6,,,0.000,,,0.500,0.000,"
                + "careFirstShare;controlBeforeCareShare;daysToCareMedian;daysToCareP90\r\n");
    }

    @Test
    void aComparisonIsOfTwoKnownMunicipalities() {
        String monza = fixture.id("monza");
        String range = "&from=" + month(3) + "&to=" + month(4);

        assertProblem(answer(api.get("/api/research/compare?municipalities=" + monza + range, ReportsApi.RESEARCHER,
                JSON)), 422, InvalidComparison.TYPE, "municipalities");
        assertProblem(answer(api.get("/api/research/compare?municipalities=" + monza + "," + monza + range,
                ReportsApi.RESEARCHER, JSON)), 422, InvalidComparison.TYPE, "municipalities");
        assertProblem(answer(api.get("/api/research/compare?municipalities=" + monza + "," + fixture.id("messina")
                + ",como" + range, ReportsApi.RESEARCHER, JSON)), 422, InvalidComparison.TYPE, "municipalities");
        assertProblem(answer(api.get("/api/research/compare?municipalities=" + monza + ",nowhere-" + monza + range,
                ReportsApi.RESEARCHER, JSON)), 404, UnknownUnit.TYPE, "municipalities");
        assertProblem(answer(api.get("/api/research/compare?municipalities=Monza,x" + range, ReportsApi.RESEARCHER,
                JSON)), 400, InvalidIndicatorFilter.TYPE, "municipalities");
    }

    @Test
    void badQueriesAreProblemsNamingTheParameter() {
        String district = "&districtId=" + fixture.id("brianza");
        assertProblem(answer(get("/api/research/indicators?from=2025-13&to=2025-12&groupBy=office")), 400,
                "invalid-month", "from");
        assertProblem(answer(get("/api/research/indicators?from=2025-03&to=2025-02&groupBy=office")), 400,
                "invalid-month-range", "to");
        assertProblem(answer(get("/api/research/indicators?from=2015-01&to=2025-02&groupBy=office")), 400,
                "invalid-month-range", "to");
        assertProblem(answer(get("/api/research/indicators?from=2025-01&to=2025-02&groupBy=region")), 400,
                InvalidIndicatorFilter.TYPE, "groupBy");
        assertProblem(answer(get("/api/research/indicators?from=2025-01&to=2025-02")), 400, "invalid-input",
                "groupBy");
        assertProblem(answer(get("/api/research/indicators?from=2025-01&to=2025-02&groupBy=office&channel=FAX"
                + district)), 400, InvalidIndicatorFilter.TYPE, "channel");
        assertProblem(answer(get("/api/research/indicators?from=2025-01&to=2025-02&groupBy=office&userArea=SPORTS"
                + district)), 400, InvalidIndicatorFilter.TYPE, "userArea");
        assertProblem(answer(get("/api/research/indicators?from=2025-01&to=2025-02&groupBy=office&municipalityId=Monza")),
                400, InvalidIndicatorFilter.TYPE, "municipalityId");
        assertProblem(answer(get("/api/research/indicators?from=2025-01&to=2025-02&groupBy=office&municipalityId=nowhere-"
                + fixture.id("x"))), 404, UnknownUnit.TYPE, "municipalityId");
        assertProblem(answer(get("/api/research/indicators?from=2025-01&to=2025-02&groupBy=office&districtId=nowhere-"
                + fixture.id("x"))), 404, UnknownUnit.TYPE, "districtId");
        assertProblem(answer(get("/api/research/indicators?from=2025-01&to=2025-02&groupBy=office&officeId=nowhere-"
                + fixture.id("x"))), 404, UnknownUnit.TYPE, "officeId");
        assertProblem(answer(get("/api/research/indicators?from=2025-01&to=2025-02&groupBy=office&scheme=v99"
                + district)), 404, "unknown-coding-scheme", "scheme");
    }

    @Test
    void onlyResearchersAndAdministratorsReadThem() {
        String query = indicators("office", "03", "03", "districtId=" + fixture.id("brianza"));

        assertProblem(answer(api.get(query, OPERATOR, JSON)), 403, "forbidden");
        assertThat(api.get(query, null, JSON).statusCode()).isEqualTo(401);
        assertThat(api.get(query, TestInfrastructure.token("admin-1", "ADMIN"), JSON).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/research/compare?municipalities=" + fixture.id("monza") + "," + fixture.id("messina")
                + "&from=" + month(3) + "&to=" + month(3), OPERATOR, JSON).statusCode()).isEqualTo(403);
    }

    @Test
    void aSmallOfficeBesideABigOneIsNotLeftToBeWorkedOutFromItsMunicipality() {
        // Lecco: a central office with 12 episodes and a small one with 3, alone in their district.
        // The small office's 3 are withheld; if Lecco's 15 and the big office's 12 were both shown, 3 would be
        // their difference, so one of them is withheld too (and the district's 15 with Lecco's, being equal).
        fixture.district("lario", "Lario").municipality("lecco", "Lecco", "lario")
                .office("lecco-centro", "Lecco Centro", "lecco", true)
                .office("lecco-nord", "Lecco Nord", "lecco", false);
        fixture.episode("lecco-centro", year.atMonth(3)).careFirst(2).times(12);
        fixture.episode("lecco-nord", year.atMonth(3)).careFirst(2).times(3);
        fixture.contacts("lecco-nord", year.atMonth(3), "WALK_IN", 3, 0);
        String lario = "districtId=" + fixture.id("lario");

        List<Row> offices = rows("office", lario).stream().filter(row -> row.month().equals(month(3))).toList();
        Row lecco = rows("municipality", lario).get(0);
        Row district = rows("district", lario).get(0);

        assertThat(offices).extracting(Row::unit).containsExactly(fixture.id("lecco-centro"), fixture.id("lecco-nord"));
        assertThat(offices.get(1).episodes()).isNull();
        assertThat(offices.get(1).suppressed()).containsExactlyElementsOf(EVERYTHING);
        assertThat(offices.get(0).episodes() == null || lecco.episodes() == null).as("%s and %s", offices.get(0), lecco)
                .isTrue();
        assertThat(offices.get(0).episodes() == null || district.episodes() == null).as("%s and %s", offices.get(0),
                district).isTrue();
        // The decentralised share of Lecco (3 of 15) is withheld, its numerator being the small office's episodes.
        assertThat(lecco.decentralisedShare()).isNull();
        assertThat(lecco.suppressed()).contains("decentralisedShare");
    }

    @Test
    void theDataDictionaryDescribesTheIndicatorsAndTheComparison() {
        HttpResponse<String> all = api.get("/api/research/dictionary", ReportsApi.RESEARCHER, JSON);
        assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
        JsonNode tables = ReportsApi.json(all).get("tables");
        assertThat(tables.valueStream().map(table -> table.get("table").asString()).toList())
                .contains("compare", "indicators").isSorted();

        JsonNode indicators = ReportsApi.json(api.get("/api/research/dictionary/indicators", ReportsApi.RESEARCHER, JSON));
        assertThat(indicators.get("path").asString()).isEqualTo("/api/research/indicators");
        assertThat(String.join(",", indicators.get("columns").valueStream().map(column -> column.get("name").asString())
                .toList())).isEqualTo(IndicatorsCsv.HEADER);

        HttpResponse<String> csv = api.get("/api/research/dictionary/compare", ReportsApi.RESEARCHER, "text/csv");
        assertThat(csv.body()).startsWith("table,path,column,type,description\r\n"
                + "compare,/api/research/compare,month,month,");
        assertThat(csv.body().split("\r\n")).hasSize(13);
        assertProblem(answer(api.get("/api/research/dictionary/patients", ReportsApi.RESEARCHER, JSON)), 404,
                "unknown-table", "table");
        assertProblem(answer(api.get("/api/research/dictionary", OPERATOR, JSON)), 403, "forbidden");
    }

    private List<Row> rows(String groupBy, String filters) {
        HttpResponse<String> response = api.get(indicators(groupBy, "03", "05", filters), ReportsApi.RESEARCHER, JSON);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ReportsApi.read(response, IndicatorsReport.class).rows();
    }

    private String indicators(String groupBy, String from, String to, String filters) {
        return "/api/research/indicators?from=" + year + "-" + from + "&to=" + year + "-" + to + "&groupBy=" + groupBy
                + "&" + filters;
    }

    private HttpResponse<String> get(String query) {
        return api.get(query, ReportsApi.RESEARCHER, JSON);
    }

    private Row nothing(String month, String unit, String name) {
        return new Row(month, fixture.id(unit), name, 0L, null, null, null, null, null, null, null, List.of());
    }

    private String month(int month) {
        return year.atMonth(month).toString();
    }

    private static BigDecimal share(String value) {
        return new BigDecimal(value);
    }

    private static BigDecimal days(String value) {
        return new BigDecimal(value);
    }

    static HttpAnswer answer(HttpResponse<String> response) {
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
