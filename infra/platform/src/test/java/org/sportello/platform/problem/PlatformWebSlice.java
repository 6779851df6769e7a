package org.sportello.platform.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.sportello.platform.json.JsonAutoConfiguration;
import org.sportello.platform.web.RequestBodyGuard;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring MVC with the platform's advice, JSON rules and body guard, around a tiny controller: the
 * generic refusals every service inherits, without starting a service.
 */
final class PlatformWebSlice {

    static final long BODY_LIMIT = 1024;

    private PlatformWebSlice() {
    }

    /** The JsonMapper as Spring Boot builds it from the platform's module and customizer. */
    static JsonMapper jsonMapper() {
        JsonAutoConfiguration json = new JsonAutoConfiguration();
        JsonMapper.Builder builder = JsonMapper.builder()
                .addModule(json.sportelloJsonModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);
        json.sportelloStrictDuplicates().customize(builder);
        return builder.build();
    }

    static MockMvc mockMvc() {
        JsonMapper json = jsonMapper();
        return MockMvcBuilders.standaloneSetup(new EchoController())
                .setControllerAdvice(new ProblemDetailsAdvice())
                .setMessageConverters(new JacksonJsonHttpMessageConverter(json))
                .addFilters(new RequestBodyGuard(BODY_LIMIT, new ProblemResponses(json)))
                .build();
    }

    record Visit(String note, LocalDate bornOn, Instant at, List<Need> needs) {
    }

    record Need(String area, List<String> categories) {
    }

    @RestController
    static class EchoController {

        @PostMapping("/visits")
        ResponseEntity<Visit> record(@RequestBody Visit visit) {
            return ResponseEntity.status(201).body(visit);
        }

        @GetMapping("/visits")
        List<Visit> list() {
            return List.of();
        }
    }
}
