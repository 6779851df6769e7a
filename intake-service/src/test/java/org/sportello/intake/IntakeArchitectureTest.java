package org.sportello.intake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.axonframework.commandhandling.CommandHandler;
import org.junit.jupiter.api.Test;
import org.axonframework.spring.stereotype.Aggregate;
import org.sportello.intake.casefile.CaseId;
import org.sportello.intake.citizen.CitizenId;
import org.sportello.intake.contact.ContactId;
import org.sportello.platform.consuming.KafkaProjection;
import org.sportello.platform.personaldata.Personal;
import org.sportello.platform.relay.ContractTranslator;
import org.springframework.web.bind.annotation.RestController;

/** The boundaries of STYLE.md sections 1, 3, 5 and 6, kept by the build rather than by review. */
@AnalyzeClasses(packages = "org.sportello.intake", importOptions = ImportOption.DoNotIncludeTests.class)
class IntakeArchitectureTest {

    private static final String PUBLISHING = "org.sportello.intake.publishing..";

    /** Published contract events: records in {@code org.sportello.contracts} with a {@code TYPE}. */
    private static final DescribedPredicate<JavaClass> CONTRACT_EVENTS = DescribedPredicate.describe(
            "contract events", type -> type.getPackageName().startsWith("org.sportello.contracts")
                    && type.tryGetField("TYPE").isPresent());

    private static final DescribedPredicate<JavaClass> DECIDING_COMMANDS = DescribedPredicate.describe(
            "aggregates and command handlers", type -> type.isAnnotatedWith(Aggregate.class)
                    || type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(CommandHandler.class)));

    @ArchTest
    static final ArchRule controllersLiveInTheirFeaturePackage = classes()
            .that().areAnnotatedWith(RestController.class)
            .should().resideInAnyPackage("org.sportello.intake.citizen", "org.sportello.intake.casefile",
                    "org.sportello.intake.contact");

    @ArchTest
    static final ArchRule controllersDoNotQueryTheDatabase = noClasses()
            .that().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..");

    @ArchTest
    static final ArchRule nothingDependsOnPublishing = noClasses()
            .that().resideOutsideOfPackage(PUBLISHING)
            .should().dependOnClassesThat().resideInAPackage(PUBLISHING)
            .because("the translator is found by Spring's component scan; nothing else may need it");

    @ArchTest
    static final ArchRule onlyPublishingKnowsTheContracts = noClasses()
            .that().resideOutsideOfPackage(PUBLISHING)
            .and().doNotImplement(KafkaProjection.class)
            .should().dependOnClassesThat().resideInAPackage("org.sportello.contracts..")
            .because("internal events, commands, requests and views speak intake's own codes; only the translator "
                    + "maps them to what is published, so a published code never changes what intake stores (STYLE.md 11)");

    /** What intake reads of other services' contracts, it reads in its projections of their topics, and only there. */
    @ArchTest
    static final ArchRule projectionsOfOtherTopicsReadOnlyTheirContracts = noClasses()
            .that().implement(KafkaProjection.class)
            .should().dependOnClassesThat().resideInAPackage("org.sportello.contracts.intake..")
            .because("intake's own contracts are what it publishes, never what it reads back");

    /** The other side of the rule above, and proof that its predicate finds contract events at all. */
    @ArchTest
    static final ArchRule theTranslatorTranslatesIntoContractEvents = classes()
            .that().resideInAPackage(PUBLISHING).and().implement(ContractTranslator.class)
            .should().dependOnClassesThat(CONTRACT_EVENTS);

    @ArchTest
    static final ArchRule kafkaIsReachedOnlyThroughThePlatformRelay = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..");

    @ArchTest
    static final ArchRule aggregatesSpeakNeitherHttpNorSql = noClasses()
            .that().areAnnotatedWith(Aggregate.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.jdbc..",
                    "java.sql..");

    @ArchTest
    static final ArchRule timeAndIdsArePassedIntoDecisions = noClasses()
            .that(DECIDING_COMMANDS)
            .should().callMethod(Instant.class, "now")
            .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
            .orShould().callMethod(UUID.class, "randomUUID")
            .orShould().callMethod(CaseId.class, "random")
            .orShould().callMethod(ContactId.class, "random")
            .orShould().callMethod(CitizenId.class, "random")
            .because("a decision that reads the clock or draws an id cannot be replayed or tested (STYLE.md 3)");

    /**
     * What intake publishes can never carry personal data, however a translator is written: no
     * contract class may so much as name the type that holds it.
     */
    @Test
    void publishedContractsNeverHoldPersonalData() {
        JavaClasses contracts = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sportello.contracts");

        noClasses().should().dependOnClassesThat().resideInAPackage(Personal.class.getPackageName() + "..")
                .because("contract events leave the service, and personal data must not (STYLE.md 6)")
                .check(contracts);
        assertThat(contracts.contain(org.sportello.contracts.intake.v1.CitizenRegistered.class))
                .as("the contracts were imported, so the rule above checked them").isTrue();
    }
}
