package org.sportello.reporting.research.page;

import org.sportello.platform.security.EndpointAuthorization;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The research page at {@code /research}: static files (HTML, CSS, JavaScript) that hold no data.
 * Every figure it shows comes from the research API, which still needs a RESEARCHER or ADMIN token;
 * the page asks the researcher for that token, so the files themselves load without one.
 */
@Configuration(proxyBeanMethods = false)
class ResearchPageConfiguration implements WebMvcConfigurer {

    /** Where the page lives; its files are under {@code static/research/}. */
    static final String PAGE = "/research/";

    @Bean
    EndpointAuthorization researchPageFiles() {
        return requests -> requests.requestMatchers(HttpMethod.GET, "/research", "/research/**").permitAll();
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        // /research/ rather than /research, so that the page's relative links (research.css) resolve
        // inside /research/.
        registry.addRedirectViewController("/research", PAGE);
        registry.addViewController(PAGE).setViewName("forward:" + PAGE + "index.html");
    }

    @Bean
    FilterRegistrationBean<ResearchPageHeaders> researchPageHeaders() {
        FilterRegistrationBean<ResearchPageHeaders> registration = new FilterRegistrationBean<>(new ResearchPageHeaders());
        registration.addUrlPatterns("/research", "/research/*");
        return registration;
    }
}
