package org.sportello.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sportello.contracts.intake.v1.CaseClosed;
import org.sportello.contracts.intake.v1.CaseOpened;
import org.sportello.contracts.intake.v1.CaseTakenInCharge;
import org.sportello.contracts.intake.v1.CitizenErased;
import org.sportello.contracts.intake.v1.CitizenRegistered;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.contracts.intake.v1.Need;
import org.sportello.contracts.intake.v1.Operator;
import org.sportello.contracts.referral.v1.Consent;
import org.sportello.contracts.referral.v1.DeskReferralSent;
import org.sportello.contracts.referral.v1.ProviderRegistered;
import org.sportello.contracts.referral.v1.ReferralSent;
import org.sportello.contracts.scheduling.v1.AppointmentBooked;
import org.sportello.contracts.scheduling.v1.AppointmentRequested;
import org.sportello.contracts.scheduling.v1.DistrictCreated;
import org.sportello.contracts.scheduling.v1.MunicipalityCreated;
import org.sportello.contracts.scheduling.v1.OfficeCreated;
import org.sportello.contracts.scheduling.v1.OperatorRegistered;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;

/**
 * Every consumer sees every published event, so personal data must never get a field in one
 * (DESIGN.md: names, fiscal codes, contact details and notes stay inside the owning service).
 */
class ContractsPrivacyTest {

    /**
     * Matched anywhere in a component's name, in English and Italian. Deliberately broad: a false
     * alarm costs a rename, a miss leaks personal data to every consumer, for good.
     */
    private static final List<String> PERSONAL_DATA = List.of(
            "name", "fiscalcode", "taxcode", "phone", "mobile", "email", "mail", "note", "address",
            "birth", "nome", "codicefiscale", "telefono", "cellulare", "indirizzo", "nascita",
            // What a referral shares with a provider, under consent, and who witnessed or gave that
            // consent: encrypted inside referral, never published (REFERRAL-API.md).
            "witness", "guardian", "sharedcontact", "summary", "testimone", "tutore", "sintesi",
            // Attributes that narrow a pseudonymous person down: published only when listed below.
            "sex", "gender", "sesso", "genere");

    /**
     * Components that match a word above but name a place or an organisation, never a person: the
     * public names and addresses of offices, municipalities, districts and partner associations.
     * Each was looked at; a new one is added here only after the same look.
     */
    private static final Set<String> PUBLIC_FACTS_ABOUT_PLACES = Set.of(
            DistrictCreated.class.getName() + ".name",
            MunicipalityCreated.class.getName() + ".name",
            OfficeCreated.class.getName() + ".name",
            OfficeCreated.class.getName() + ".address",
            OfficeCreated.class.getName() + ".partnerName",
            // A specialist service's or a third-sector organisation's public name, e.g. "SerD di Monza".
            ProviderRegistered.class.getName() + ".name");

    /**
     * Generalised attributes of a person, published on purpose for research's age bands and counts
     * by sex (issue 12): the year of birth, never the date (which with the sex and the municipality
     * nearly pins a person), and the sex as in the civil registry. Reporting coarsens them further
     * (ten-year bands, k-anonymity) before any researcher sees them. A date of birth, a birth place
     * or anything finer stays refused by the words above.
     */
    private static final Set<String> GENERALISED_FOR_RESEARCH = Set.of(
            CitizenRegistered.class.getName() + ".birthYear",
            CitizenRegistered.class.getName() + ".sex");

    @Test
    void noPublishedRecordHasAComponentNamedLikePersonalData() throws Exception {
        Set<Class<?>> records = publishedRecordsAndTheRecordsTheyContain();

        List<String> offending = new ArrayList<>();
        for (Class<?> record : records) {
            for (RecordComponent component : record.getRecordComponents()) {
                refusedWords(record, component.getName())
                        .forEach(word -> offending.add(record.getName() + "." + component.getName() + " (" + word + ")"));
            }
        }

        // The scan must have seen the events, or it proves nothing.
        assertThat(records).contains(CitizenRegistered.class, CaseOpened.class, ContactRecorded.class,
                CaseTakenInCharge.class, CaseClosed.class, CitizenErased.class, Operator.class, Need.class,
                OfficeCreated.class, OperatorRegistered.class, AppointmentRequested.class, AppointmentBooked.class,
                ProviderRegistered.class, ReferralSent.class, Consent.class, DeskReferralSent.class);
        assertThat(offending).isEmpty();
    }

    @Test
    void onlyTheYearOfBirthAndTheSexOfACitizenAreAllowedNeverTheDateOrPlaceOfBirth() {
        // The allowance is for these components of this event, not for the words.
        assertThat(refusedWords(CitizenRegistered.class, "birthYear")).isEmpty();
        assertThat(refusedWords(CitizenRegistered.class, "sex")).isEmpty();
        assertThat(refusedWords(CitizenRegistered.class, "birthDate")).contains("birth");
        assertThat(refusedWords(CitizenRegistered.class, "dataDiNascita")).contains("nascita");
        assertThat(refusedWords(CitizenRegistered.class, "birthPlace")).contains("birth");
        assertThat(refusedWords(ContactRecorded.class, "birthYear")).contains("birth");
        assertThat(refusedWords(ContactRecorded.class, "sex")).contains("sex");
        assertThat(refusedWords(CitizenRegistered.class, "gender")).contains("gender");
    }

    /** The words of {@link #PERSONAL_DATA} that {@code record}'s component {@code name} matches, but for those allowed. */
    private static List<String> refusedWords(Class<?> record, String component) {
        String qualified = record.getName() + "." + component;
        if (PUBLIC_FACTS_ABOUT_PLACES.contains(qualified) || GENERALISED_FOR_RESEARCH.contains(qualified)) {
            return List.of();
        }
        String name = component.toLowerCase(Locale.ROOT);
        return PERSONAL_DATA.stream().filter(name::contains).toList();
    }

    /** Records in this module's main code under {@code org.sportello.contracts}, not the tests' own. */
    private static Set<Class<?>> publishedRecordsAndTheRecordsTheyContain() throws IOException, ClassNotFoundException {
        var published = ContactRecorded.class.getProtectionDomain().getCodeSource().getLocation();
        MetadataReaderFactory readers = new SimpleMetadataReaderFactory();
        Set<Class<?>> records = new LinkedHashSet<>();
        for (Resource file : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:org/sportello/contracts/**/*.class")) {
            Class<?> type = Class.forName(readers.getMetadataReader(file).getClassMetadata().getClassName());
            if (type.isRecord() && published.equals(type.getProtectionDomain().getCodeSource().getLocation())) {
                collect(type, records);
            }
        }
        return records;
    }

    private static void collect(Type type, Set<Class<?>> records) {
        if (type instanceof ParameterizedType generic) {
            for (Type argument : generic.getActualTypeArguments()) {
                collect(argument, records);
            }
        } else if (type instanceof Class<?> record && record.isRecord() && records.add(record)) {
            for (RecordComponent component : record.getRecordComponents()) {
                collect(component.getGenericType(), records);
            }
        }
    }
}
