package org.sportello.platform.web;

import org.apache.catalina.startup.Tomcat;
import org.sportello.platform.problem.ProblemResponses;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals made before a controller runs, in the same problem format as the rest: oversized and
 * badly encoded bodies ({@link RequestBodyGuard}), requests Tomcat rejects itself
 * ({@link ProblemErrorReportValve}), and whatever the container sends to {@code /error}.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(HttpLimits.class)
public class WebAutoConfiguration {

    /** Just after character encoding, before Spring Security (-100) and anything else that reads the body. */
    static final int GUARD_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    FilterRegistrationBean<RequestBodyGuard> requestBodyGuard(HttpLimits limits, JsonMapper json) {
        FilterRegistrationBean<RequestBodyGuard> registration = new FilterRegistrationBean<>(
                new RequestBodyGuard(limits.maxRequestBodySize().toBytes(), new ProblemResponses(json)));
        registration.setOrder(GUARD_ORDER);
        return registration;
    }

    @Bean
    ProblemErrorController problemErrorController(JsonMapper json) {
        return new ProblemErrorController(new ProblemResponses(json));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tomcat.class)
    static class TomcatErrorReports {

        @Bean
        ProblemErrorReports problemErrorReports(JsonMapper json) {
            return new ProblemErrorReports(json);
        }
    }
}
