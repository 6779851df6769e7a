package org.sportello.referral;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.spring.stereotype.Aggregate;
import org.sportello.platform.consuming.KafkaProjection;
import org.sportello.platform.relay.ContractTranslator;

/** Referral's boundaries (STYLE.md 1, 3, 4 and 6), kept by the build rather than by review. */
@AnalyzeClasses(packages = "org.sportello.referral", importOptions = ImportOption.DoNotIncludeTests.class)
class ReferralArchitectureTest {

    private static final String PUBLISHING = "org.sportello.referral.publishing..";

    private static final DescribedPredicate<JavaClass> CONTRACT_EVENTS = DescribedPredicate.describe(
            "contract events", type -> type.getPackageName().startsWith("org.sportello.contracts")
                    && type.tryGetField("TYPE").isPresent());

    private static final DescribedPredicate<JavaClass> DECIDING_COMMANDS = DescribedPredicate.describe(
            "aggregates and command handlers", type -> type.isAnnotatedWith(Aggregate.class)
                    || type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(CommandHandler.class)));

    @ArchTest
    static final ArchRule onlyPublishingKnowsTheContracts = noClasses()
            .that().resideOutsideOfPackage(PUBLISHING)
            .and().doNotImplement(KafkaProjection.class)
            .should().dependOnClassesThat().resideInAPackage("org.sportello.contracts..")
            .because("internal events, commands, requests and views speak referral's own codes; only the "
                    + "translator maps them to what is published, and the projections of other services' topics "
                    + "read those services' contracts (STYLE.md 11)");

    /**
     * What referral reads of other services, it reads in known/ (and intake's erasures where they act,
     * on referrals), and never its own contracts back.
     */
    @ArchTest
    static final ArchRule projectionsOfOtherTopicsLiveInKnownAndReadOnlyTheirContracts = classes()
            .that().implement(KafkaProjection.class)
            .should().resideInAnyPackage("org.sportello.referral.known..", "org.sportello.referral.referral..")
            .andShould().onlyDependOnClassesThat().resideOutsideOfPackage("org.sportello.contracts.referral..");

    /** The other side of the rule above, and proof that its predicate finds contract events at all. */
    @ArchTest
    static final ArchRule eachPackagesEventsTranslateIntoContractEvents = classes()
            .that().resideInAPackage(PUBLISHING).and().haveNameMatching(".*\\.(Provider|Referral|DeskReferral)Contracts")
            .should().dependOnClassesThat(CONTRACT_EVENTS);

    @ArchTest
    static final ArchRule theTranslatorLivesInPublishing = classes()
            .that().implement(ContractTranslator.class)
            .should().resideInAPackage(PUBLISHING);

    @ArchTest
    static final ArchRule nothingDependsOnPublishing = noClasses()
            .that().resideOutsideOfPackage(PUBLISHING)
            .should().dependOnClassesThat().resideInAPackage(PUBLISHING);

    @ArchTest
    static final ArchRule aggregatesAreFreeOfSpringHttpAndSql = noClasses()
            .that().areAnnotatedWith(Aggregate.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..")
            .because("rules live in the aggregate, which neither speaks HTTP nor reads tables (STYLE.md 4); "
                    + "Axon's own @Aggregate stereotype is the one Spring-named type they carry")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule controllersDoNotQueryTheDatabase = noClasses()
            .that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..");

    @ArchTest
    static final ArchRule kafkaIsReachedOnlyThroughThePlatformRelay = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..");

    @ArchTest
    static final ArchRule timeAndIdsArePassedIntoDecisions = noClasses()
            .that(DECIDING_COMMANDS)
            .should().callMethod(Instant.class, "now")
            .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
            .orShould().callMethod(UUID.class, "randomUUID")
            .because("a decision that reads the clock or draws an id cannot be replayed or tested (STYLE.md 3)");
}
