package org.sportello.reporting;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.util.ClassUtils;

/** Keeps reporting a consumer of published events, with features that stand on their own. */
@AnalyzeClasses(packages = "org.sportello.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportingArchitectureTest {

    @ArchTest
    static final ArchRule noAxon = noClasses().that().resideInAPackage("org.sportello.reporting..")
            .should().dependOnClassesThat().resideInAPackage("org.axonframework..")
            .because("reporting owns no event store: it builds read models from Kafka (DESIGN.md)");

    @ArchTest
    static final ArchRule monthlyUsersUsesNoOtherFeaturesController = noClasses()
            .that().resideInAPackage("org.sportello.reporting.monthlyusers..")
            .should().dependOnClassesThat(resideInAPackage("org.sportello..")
                    .and(simpleNameEndingWith("Controller"))
                    .and(not(resideInAPackage("org.sportello.reporting.monthlyusers.."))))
            .because("a feature answers its own requests; shared needs go to a shared package");

    @ArchTest
    static final ArchRule appointmentsUsesNoOtherFeaturesController = noClasses()
            .that().resideInAPackage("org.sportello.reporting.appointments..")
            .should().dependOnClassesThat(resideInAPackage("org.sportello..")
                    .and(simpleNameEndingWith("Controller"))
                    .and(not(resideInAPackage("org.sportello.reporting.appointments.."))))
            .because("a feature answers its own requests; shared needs go to a shared package");

    @ArchTest
    static final ArchRule referralsUsesNoOtherFeaturesController = noClasses()
            .that().resideInAPackage("org.sportello.reporting.referrals..")
            .should().dependOnClassesThat(resideInAPackage("org.sportello..")
                    .and(simpleNameEndingWith("Controller"))
                    .and(not(resideInAPackage("org.sportello.reporting.referrals.."))))
            .because("a feature answers its own requests; shared needs go to a shared package");

    @ArchTest
    static final ArchRule featuresKnowNoOtherFeature = noClasses()
            .that().resideInAPackage("org.sportello.reporting.appointments..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sportello.reporting.monthlyusers..",
                    "org.sportello.reporting.referrals..")
            .because("features stand on their own; what two need is in research");

    @ArchTest
    static final ArchRule referralsKnowsNoOtherFeature = noClasses()
            .that().resideInAPackage("org.sportello.reporting.referrals..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sportello.reporting.monthlyusers..",
                    "org.sportello.reporting.appointments..")
            .because("features stand on their own; what two need is in research");

    @ArchTest
    static final ArchRule onlyTheFactReadersKnowTheReferralContracts = noClasses()
            .that().resideInAPackage("org.sportello.reporting.referrals..")
            .and().doNotHaveSimpleName("ReferralFacts").and().doNotHaveSimpleName("ReferralsProjection")
            .should().dependOnClassesThat().resideInAPackage("org.sportello.contracts..")
            .because("the reports speak their own API; the contracts are read in one place");

    @ArchTest
    static final ArchRule sharedPackagesKnowNoFeature = noClasses()
            .that().resideInAPackage("org.sportello.reporting.research..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sportello.reporting.monthlyusers..",
                    "org.sportello.reporting.appointments..", "org.sportello.reporting.referrals..")
            .because("features build on the shared plumbing, never the other way round");

    @ArchTest
    static void axonIsNotOnTheClasspath(JavaClasses classes) {
        // The platform declares Axon optional; reporting must not pull it in, or its auto-configuration
        // would start an event store and token claims in this service's database.
        assertThat(ClassUtils.isPresent("org.axonframework.config.Configurer", null)).isFalse();
    }

    @ArchTest
    static final ArchRule indicatorsKnowNoFeatureAndNoContract = noClasses()
            .that().resideInAPackage("org.sportello.reporting.research.indicators..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sportello.reporting.monthlyusers..",
                    "org.sportello.reporting.appointments..", "org.sportello.reporting.referrals..",
                    "org.sportello.contracts..")
            .because("the indicators read the research tables only; the contracts are read by the projections");

    @ArchTest
    static final ArchRule theExtractAndTheQueryLogReadNoContracts = noClasses()
            .that().resideInAnyPackage("org.sportello.reporting.research.extract..",
                    "org.sportello.reporting.research.querylog..")
            .should().dependOnClassesThat().resideInAPackage("org.sportello.contracts..")
            .because("the extract reads the research tables, never events with their ids; the log reads requests");

    @ArchTest
    static final ArchRule theResearchPageServesFilesAndReadsNoData = noClasses()
            .that().resideInAPackage("org.sportello.reporting.research.page..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..",
                    "javax.sql..", "org.sportello.contracts..", "org.sportello.reporting.monthlyusers..",
                    "org.sportello.reporting.appointments..", "org.sportello.reporting.referrals..")
            .because("the page's files load without a token, so they hold no data: every figure comes from the "
                    + "token-protected research API");
}
