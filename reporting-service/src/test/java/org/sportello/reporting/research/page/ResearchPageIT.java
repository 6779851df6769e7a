package org.sportello.reporting.research.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.reporting.IntakeTopicProducer;
import org.sportello.reporting.ReferralTopicProducer;
import org.sportello.reporting.ReportsApi;
import org.sportello.reporting.SchedulingTopicProducer;
import org.sportello.testing.SportelloServiceTest;
import org.sportello.testing.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The research page in a real headless Chromium against the real service: what a researcher sees
 * after pasting a token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResearchPageIT {

    private static ResearchBrowser browser;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SportelloServiceTest.register(registry, "reporting_page");
        // Groups of its own: this context reads the topics from the start into its fresh database.
        registry.add("sportello.reporting.monthly-users.group-id", () -> "reporting.monthly-users.page-it-" + UUID.randomUUID());
        registry.add("sportello.reporting.appointments.group-id", () -> "reporting.appointments.page-it-" + UUID.randomUUID());
        registry.add("sportello.reporting.referrals.group-id", () -> "reporting.referrals.page-it-" + UUID.randomUUID());
        IntakeTopicProducer.createTopicIfMissing();
        SchedulingTopicProducer.createTopicIfMissing();
        ReferralTopicProducer.createTopicIfMissing();
    }

    @LocalServerPort
    int port;

    private ResearchPage page;

    @BeforeAll
    static void startBrowser() {
        browser = ResearchBrowser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
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

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
