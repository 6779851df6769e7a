package org.sportello.reporting.research.page;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.reporting.ReportsApi;
import org.sportello.reporting.TestMonths;
import org.sportello.reporting.research.facts.ResearchTopics;
import org.sportello.testing.SportelloServiceTest;
import org.sportello.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The research page in a real headless Chromium against the real service: what a researcher sees
 * after pasting a token. Two municipalities, published on the topics as scheduling and intake
 * publish them, in a year of the test's own: Monza, care-leaning, with a central office and two
 * neighbourhood offices, one of them (Cederna) with only two first accesses in March; and Messina,
 * one central office, control-leaning. Every month from January to June:
 * <ul>
 *   <li>Monza Centro 20 first accesses, San Rocco 15, Cederna 10 (in March 2): Monza 45, 25 of them at
 *       neighbourhood offices (55.6 %). Care first at Centro 15, 13, 14, 15, 12, 14 (83 in all); at San
 *       Rocco 10, 9, 10, 8, 10, 9 (56); at Cederna 5 (in March 2): in January 30 of 45 (66.7 %); 262 first
 *       accesses over the period.</li>
 *   <li>Messina Centro 20 first accesses, care first 5, 6, 5, 7, 6, 5 (in January 25.0 %, over the
 *       period 34 of 120, 28.3 %), none decentralised (0.0 %: shown, not withheld).</li>
 * </ul>
 * Every other first access starts with documents requested (control) and is taken in charge days later.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResearchPageIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Year YEAR = TestMonths.unusedYear();
    private static final String PERIOD = "#from=" + YEAR + "-01&to=" + YEAR + "-06";
    private static final String RESEARCHER = TestInfrastructure.token("researcher-page", "RESEARCHER");
    private static ResearchBrowser browser;
    private static ResearchTopics topics;
    private static FirstAccesses published;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SportelloServiceTest.register(registry, "reporting_page");
        // Groups of their own: this context reads the topics from the start into its fresh database.
        ResearchTopics.ownConsumerGroups(registry, "research-page-it");
        ResearchTopics.createTopicsIfMissing();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ResearchPage page;

    @BeforeAll
    static void startBrowser() {
        browser = ResearchBrowser.start();
        topics = new ResearchTopics();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        topics.close();
    }

    @BeforeEach
    void twoMunicipalities() {
        if (published == null) {
            published = publishTwoMunicipalities();
        }
        // Until every first access has become an episode, ended, at an office of a known municipality
        // and district.
        await().atMost(PATIENCE).until(() -> jdbc.sql("""
                SELECT count(*) FROM research_episode e
                JOIN research_office o ON o.office_id = e.office_id
                JOIN research_municipality m ON m.municipality_id = o.municipality_id
                JOIN research_district d ON d.district_id = m.district_id
                WHERE e.scheme = 'v1' AND e.ended_by = 'TAKEN_IN_CHARGE' AND e.office_id IN (:offices)""")
                .param("offices", published.offices()).query(Long.class).single() == published.episodes());
    }

    private static FirstAccesses publishTwoMunicipalities() {
        FirstAccesses accesses = new FirstAccesses(topics)
                .district("brianza", "Brianza").municipality("monza", "Monza", "brianza")
                .office("monza-centro", "Monza Centro", "monza", true)
                .office("monza-san-rocco", "Monza San Rocco", "monza", false)
                .office("monza-cederna", "Monza Cederna", "monza", false)
                .district("messina-district", "Distretto di Messina").municipality("messina", "Messina", "messina-district")
                .office("messina-centro", "Messina Centro", "messina", true);
        int[] centroCare = {15, 13, 14, 15, 12, 14};
        int[] sanRoccoCare = {10, 9, 10, 8, 10, 9};
        int[] messinaCare = {5, 6, 5, 7, 6, 5};
        for (int month = 1; month <= 6; month++) {
            YearMonth in = YEAR.atMonth(month);
            boolean march = month == 3;
            accesses.episodes("monza-centro", in, 20, centroCare[month - 1], 4, 4)
                    .episodes("monza-san-rocco", in, 15, sanRoccoCare[month - 1], 5, 0)
                    .episodes("monza-cederna", in, march ? 2 : 10, march ? 2 : 5, 4, 0)
                    .episodes("messina-centro", in, 20, messinaCare[month - 1], 12 + month % 3, 0);
        }
        return accesses;
    }

    @BeforeEach
    void signedOut() {
        page = new ResearchPage(browser).open(base() + "/research/");
        browser.script("sessionStorage.clear(); localStorage.clear();");
        page.open(base() + "/research/");
    }

    @Test
    void thePageLoadsWithoutATokenAndAsksForOne() {
        ReportsApi api = new ReportsApi(port);
        HttpResponse<String> redirect = api.get("/research", null, "text/html");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/research/"));
        HttpResponse<String> html = api.get("/research/", null, "text/html");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Security-Policy")).hasValue(ResearchPageHeaders.CONTENT_SECURITY_POLICY);
        // The files hold no figures: without a token the API still refuses.
        assertThat(api.get("/api/research/coding-schemes", null, "application/json").statusCode()).isEqualTo(401);

        assertThat(page.asksForAToken()).isTrue();
    }

    @Test
    void theTokenStaysInTheTabsSessionStorageOnly() {
        String token = TestInfrastructure.token("researcher-page-1", "RESEARCHER");

        page.signIn(token);

        assertThat(page.signedInAs()).contains("researcher-page-1").contains("RESEARCHER");
        assertThat(page.sessionStorage("sportello.research.token")).isEqualTo(token);
        assertThat(page.localStorageEntries()).isZero();
        assertThat(page.currentUrl()).doesNotContain(token).doesNotContain(token.substring(0, 20));
    }

    @Test
    void aTokenWithoutTheResearcherRoleIsToldWhy() {
        page.signIn(TestInfrastructure.token("operator-page-1", "OPERATOR"));

        assertThat(page.errorIn("municipalities")).contains("does not allow this").contains("RESEARCHER or ADMIN");
    }

    @Test
    void aTokenTheServiceDoesNotAcceptSendsTheResearcherBackToSignIn() {
        String forged = TestInfrastructure.token("researcher-page-2", "RESEARCHER");
        forged = forged.substring(0, forged.lastIndexOf('.') + 1) + "bm90LXRoZS1zaWduYXR1cmU";

        page.signIn(forged);

        assertThat(page.signInMessage()).contains("was not accepted");
        assertThat(page.asksForAToken()).isTrue();
        assertThat(page.sessionStorage("sportello.research.token")).isNull();
    }

    @Test
    void aResearcherSeesTheTrendsPerMunicipalityAndOfficeWithTheWithheldCellsMarked() {
        page.open(base() + "/research/" + PERIOD).signIn(RESEARCHER);

        page.chart("municipalities");
        // Municipalities other tests registered have no first access in this year: not drawn.
        assertThat(page.legend("municipalities")).containsExactly("Messina", "Monza");
        assertThat(page.cell("municipalities", "Monza", month("Jan"))).isEqualTo("66.7%");
        assertThat(page.cell("municipalities", "Messina", month("Jan"))).isEqualTo("25.0%");

        page.chooseIndicator("Decentralised");
        assertThat(page.cell("municipalities", "Monza", month("Feb"))).isEqualTo("55.6%");
        // Zero is a figure, shown as such; only a withheld value is "withheld".
        assertThat(page.cell("municipalities", "Messina", month("Feb"))).isEqualTo("0.0%");

        page.chooseIndicator("Care first");
        page.showOfficesOf("Monza");
        page.chart("offices");
        assertThat(page.legend("offices")).contains("Monza Centro", "Monza San Rocco", "Monza Cederna");
        assertThat(page.cell("offices", "Monza Centro", month("Jan"))).isEqualTo("75.0%");
        // Two first accesses at Cederna in March: withheld, in the table and in the chart, never 0.
        assertThat(page.cell("offices", "Monza Cederna", month("Mar"))).isEqualTo("withheld");
        assertThat(page.withheldMarks("offices")).isPositive();
        assertThat(page.legendNote("offices")).contains("withheld").contains("fewer than 5");

        Path screenshot = browser.screenshot(Path.of("target", "research-page.png"));
        System.out.println("Research page screenshot: " + screenshot);
        // Every answer names the scheme its figures were computed under; the page shows its codes.
        assertThat(page.schemeInUse()).startsWith("v1").contains("90 days").contains("ORIENTATION")
                .contains("DOCUMENTS_REQUESTED");
    }

    @Test
    void theComparisonShowsBothMunicipalitiesSideBySide() {
        page.open(base() + "/research/" + PERIOD).signIn(RESEARCHER);

        page.chart("compare");
        assertThat(page.selected("compare-a")).isEqualTo("Messina");
        assertThat(page.selected("compare-b")).isEqualTo("Monza");
        assertThat(page.table("compare-period").get(0)).containsExactly("Indicator", "Messina", "Monza",
                "Messina \u2212 Monza");
        assertThat(page.cell("compare", "Messina", month("Jan"))).isEqualTo("25.0%");
        assertThat(page.cell("compare", "Monza", month("Jan"))).isEqualTo("66.7%");
        assertThat(page.cell("compare-period", "Episodes opened", "Monza")).isEqualTo("262");
        assertThat(page.cell("compare-period", "Care first", "Messina")).isEqualTo("28.3%");
        // Monza's March care-first figures are withheld (Cederna's two could be worked out from them),
        // and so is its share over the period, which would reveal them; no difference is made up.
        assertThat(page.cell("compare", "Monza", month("Mar"))).isEqualTo("withheld");
        assertThat(page.cell("compare-period", "Care first", "Monza")).isEqualTo("withheld");
        assertThat(page.cell("compare-period", "Care first", "Messina \u2212 Monza")).isEqualTo("\u2013");
    }

    @Test
    void theIndicatorsDownloadAsTheCsvTheApiAnswers() throws IOException {
        page.open(base() + "/research/" + PERIOD).signIn(RESEARCHER);
        page.chart("municipalities");

        page.download("indicators-municipality");

        String name = "indicators-municipality_" + YEAR + "-01_" + YEAR + "-06.csv";
        assertThat(page.downloadMessage()).startsWith("Saved " + name);
        Path file = browser.downloads().resolve(name);
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(file));
        String csv = new ReportsApi(port).get("/api/research/indicators?from=" + YEAR + "-01&to=" + YEAR
                + "-06&groupBy=municipality", RESEARCHER, "text/csv").body();
        assertThat(Files.readString(file)).startsWith("month,unit,unitName,episodes,careFirstShare").isEqualTo(csv);
    }

    @Test
    void aSchemeStillBeingComputedIsExplained() {
        jdbc.sql("""
                INSERT INTO research_coding_scheme (version, care, control, episode_window, reasons, created_at,
                                                    created_by, state)
                VALUES ('page-v2', ARRAY['ORIENTATION'], ARRAY['NOT_ELIGIBLE'], 'P60D', 'A narrower reading of care.',
                        now(), 'admin-1', 'COMPUTING')
                ON CONFLICT (version) DO NOTHING""").update();

        page.open(base() + "/research/" + PERIOD + "&scheme=page-v2").signIn(RESEARCHER);

        assertThat(page.errorIn("municipalities")).contains("still being computed");
    }

    @Test
    void aPeriodTheApiRefusesIsExplainedWithItsReason() {
        page.open(base() + "/research/#from=2000-01&to=" + YEAR + "-06").signIn(RESEARCHER);

        assertThat(page.errorIn("municipalities")).contains("The request was refused").contains("to: must be at most");
    }

    /** A month as the page labels it in its tables: "Jan 25" for January 2025. */
    private static String month(String name) {
        return name + " " + YEAR.toString().substring(2);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
