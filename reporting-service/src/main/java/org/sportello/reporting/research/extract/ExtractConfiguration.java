package org.sportello.reporting.research.extract;

import java.util.List;

import javax.sql.DataSource;

import org.sportello.reporting.research.dictionary.DataDictionary;
import org.sportello.reporting.research.dictionary.DataDictionary.Column;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class ExtractConfiguration {

    @Bean
    ExtractSettings extractSettings(@Value("${sportello.reporting.extract.k:5}") int k) {
        return new ExtractSettings(k);
    }

    @Bean
    EpisodeExtracts episodeExtracts(DataSource dataSource, PlatformTransactionManager transactionManager) {
        return new EpisodeExtracts(dataSource, transactionManager);
    }

    @Bean
    DataDictionary episodesExtractDictionary() {
        return new DataDictionary("episodes", EpisodesExtractController.PATH, """
                One row per first-access episode of the coding scheme whose first contact was in the months asked \
                for, with generalised attributes only and no id. Quasi-identifiers: ageBand, sex, place, period, \
                channel; a row is withheld when its combination covers fewer than k distinct persons (an anonymous \
                contact is a person of its own). The generalisation is the least of a fixed grid that withholds at \
                most 5 % of the rows, else the most generalised; the headers Sportello-Withheld-Rows, \
                Sportello-Generalisation, Sportello-K and Sportello-Scheme say which.""", List.of(
                new Column("ageBand", "string", "The episode's year less the birth year, banded: fine (0-17, 18-24, "
                        + "25-34, 35-44, 45-54, 55-64, 65-74, 75+) or coarse (0-17, 18-64, 65+); unknown when there "
                        + "is no birth year (anonymous contact, citizen erased)"),
                new Column("sex", "string", "F, M or unknown"),
                new Column("userAreas", "list", "The user areas of the episode's contacts, each once"),
                new Column("needCategories", "list", "The need categories of the episode's contacts, each once"),
                new Column("channel", "string", "The first contact's channel (WALK_IN, PHONE, EMAIL, APPOINTMENT, "
                        + "PARTNER_DESK)"),
                new Column("place", "string", "The first contact's office, or its municipality (unknown when the "
                        + "registry does not know the office), as the generalisation says"),
                new Column("period", "string", "The first contact's month (YYYY-MM, Europe/Rome) or quarter "
                        + "(YYYY-Qn), as the generalisation says"),
                new Column("outcomes", "list", "Every outcome code of the episode's contacts, and TAKEN_IN_CHARGE or "
                        + "REFERRAL when it ended so, each once"),
                new Column("endedBy", "string", "TAKEN_IN_CHARGE, REFERRED, CLOSED, WINDOW, ANONYMOUS or OPEN"),
                new Column("careFirst", "boolean", "The first contact had a care outcome of the scheme"),
                new Column("controlBeforeCare", "boolean", "A control contact came before any care outcome (or "
                        + "there was control and never care)"),
                new Column("dropOff", "boolean", "Ended with no outcome beyond information"),
                new Column("daysToCare", "integer", "Calendar days (Europe/Rome) from the first contact to the first "
                        + "care outcome; empty when there was none")));
    }
}
