package org.sportello.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springdoc.core.configuration.SpringDocConfiguration;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.webmvc.core.configuration.SpringDocWebMvcConfiguration;
import org.sportello.platform.json.JsonAutoConfiguration;
import org.sportello.platform.openapi.OpenApiAutoConfiguration;
import org.sportello.platform.problem.ProblemAutoConfiguration;
import org.sportello.platform.time.TimeAutoConfiguration;
import org.sportello.testing.TestInfrastructure;
import org.sportello.testing.openapi.DocumentedSchemas;
import org.sportello.testing.openapi.OpenApiLint;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The jobs' admin API in the OpenAPI document a service serves, checked with the rules every
 * service's {@code OpenApiDocumentIT} applies: a service that declares a job must not gain a finding.
 * And the answers keep the limits the document states.
 */
class JobsOpenApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void statesEveryLimitAndEveryErrorAnswerOfTheJobsApi() {
        try (JobsDatabase database = new JobsDatabase()) {
            new WebApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
                            HttpMessageConvertersAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
                            WebMvcAutoConfiguration.class, ValidationAutoConfiguration.class,
                            SpringDocConfiguration.class, SpringDocConfigProperties.class,
                            SpringDocWebMvcConfiguration.class, JsonAutoConfiguration.class,
                            ProblemAutoConfiguration.class, OpenApiAutoConfiguration.class,
                            DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
                            TimeAutoConfiguration.class, JobsAutoConfiguration.class))
                    .withBean(RecurringJob.class, () -> CountingJob.named("retention", "DAILY|03:00|Europe/Rome"))
                    .withPropertyValues("spring.application.name=jobs",
                            "spring.datasource.url=" + database.url(),
                            "spring.datasource.username=" + TestInfrastructure.postgresUser(),
                            "spring.datasource.password=" + TestInfrastructure.postgresPassword(),
                            "spring.flyway.locations=" + JobsAutoConfiguration.MIGRATIONS,
                            "springdoc.api-docs.path=/v3/api-docs", "sportello.jobs.polling-interval=50ms")
                    .run(context -> {
                        MockMvc http = MockMvcBuilders.webAppContextSetup(context).build();
                        String document = http.perform(get("/v3/api-docs")).andReturn().getResponse()
                                .getContentAsString();

                        OpenApiLint.requireNoFindings("platform-jobs", document);

                        context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0],
                                context.getSourceApplicationContext(), Duration.ZERO));
                        JsonNode documented = JSON.readTree(document);
                        JsonNode run = JSON.readTree(http.perform(post("/api/admin/jobs/retention/runs"))
                                .andReturn().getResponse().getContentAsString());
                        assertThat(run.path("outcome").asString()).isEqualTo("SUCCEEDED");
                        assertThat(DocumentedSchemas.violations(documented, "JobRun", run)).isEmpty();
                        JsonNode list = JSON.readTree(http.perform(get("/api/admin/jobs"))
                                .andReturn().getResponse().getContentAsString());
                        assertThat(list).hasSize(1);
                        assertThat(DocumentedSchemas.violations(documented, "JobStatus", list.get(0))).isEmpty();
                    });
        }
    }
}
