package org.sportello.reporting.research.querylog;

import java.time.Clock;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class QueryLogConfiguration {

    /** Just outside Spring Security's chain, so that the 401s and 403s it answers are recorded too. */
    static final int ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1;

    @Bean
    FilterRegistrationBean<QueryLogFilter> queryLogFilter(QueryLog log, Clock clock) {
        FilterRegistrationBean<QueryLogFilter> registration = new FilterRegistrationBean<>(new QueryLogFilter(log, clock));
        registration.setOrder(ORDER);
        return registration;
    }

    /** Inside Spring Security and before the endpoint: the caller is known, and nothing is answered yet. */
    @Bean
    WebMvcConfigurer queryRecording(QueryLog log, Clock clock) {
        QueryRecording recording = new QueryRecording(log, clock);
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                // Every path: the interceptor asks QueryLogFilter which requests are research queries.
                registry.addInterceptor(recording);
            }
        };
    }

    @Bean
    ResearchQueriesCsv researchQueriesCsv(JsonMapper json) {
        return new ResearchQueriesCsv(json);
    }
}
