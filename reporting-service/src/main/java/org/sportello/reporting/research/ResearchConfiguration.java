package org.sportello.reporting.research;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ResearchConfiguration {

    @Bean
    SmallCellSuppression smallCellSuppression(@Value("${sportello.reporting.suppression-threshold:5}") int threshold) {
        return new SmallCellSuppression(threshold);
    }
}
