package org.sportello.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.sportello.platform.readmodel.ReadModel;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Names each service's OpenAPI document and declares the bearer JWT every endpoint needs, so a
 * generated client knows how to authenticate; documents every operation's error answers
 * ({@link ProblemResponses}) and the limits that follow from value types ({@link FormatLimits}) and
 * from lists of distinct codes ({@link DistinctCodes}); and leaves the stand-in for retired codes
 * ({@code UNRECOGNISED}) out of what requests may send ({@link StandInCodes}); and states the limits
 * of the platform's administration endpoints that hold by construction ({@link AdminLimits}).
 * Each service's {@code OpenApiDocumentIT} checks the result with Spectral's OWASP rules.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
public class OpenApiAutoConfiguration {

    private static final String BEARER = "bearer-jwt";

    @Bean
    @ConditionalOnMissingBean(OpenAPI.class)
    OpenAPI sportelloOpenApi(Environment environment) {
        String service = environment.getProperty("spring.application.name", "sportello");
        return new OpenAPI()
                .info(new Info().title("Sportello " + service)
                        .description("Part of Sportello, event-sourced case management for the Segretariato Sociale. "
                                + "Errors are RFC 9457 problem details; every endpoint needs a bearer JWT whose "
                                + "'roles' claim grants access (OPERATOR, RESEARCHER, ADMIN).")
                        .version(environment.getProperty("sportello.api-version", "v1"))
                        .license(new License().name("Open source")))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer sportelloProblemResponses() {
        return new ProblemResponses();
    }

    @Bean
    OpenApiCustomizer sportelloFormatLimits() {
        return new FormatLimits();
    }

    @Bean
    PropertyCustomizer sportelloDistinctCodes() {
        return new DistinctCodes();
    }

    @Bean
    PropertyCustomizer sportelloStandInCodeMarker() {
        return StandInCodes.marker();
    }

    @Bean
    OpenApiCustomizer sportelloAdminLimits(ObjectProvider<ReadModel> readModels) {
        return new AdminLimits(() -> readModels.orderedStream().map(ReadModel::name).toList());
    }

    @Bean
    OpenApiCustomizer sportelloStandInCodes() {
        return new StandInCodes();
    }
}
