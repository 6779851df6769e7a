package org.sportello.reporting.research.facts;

import java.util.List;
import java.util.UUID;

import org.sportello.contracts.intake.IntakeTopic;
import org.sportello.contracts.intake.v1.CaseClosed;
import org.sportello.contracts.intake.v1.CaseOpened;
import org.sportello.contracts.intake.v1.CaseTakenInCharge;
import org.sportello.contracts.intake.v1.CitizenErased;
import org.sportello.contracts.intake.v1.CitizenRegistered;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.contracts.referral.ReferralTopic;
import org.sportello.contracts.referral.v1.ReferralSent;
import org.sportello.contracts.scheduling.SchedulingTopic;
import org.sportello.contracts.scheduling.v1.DistrictCreated;
import org.sportello.contracts.scheduling.v1.MunicipalityCreated;
import org.sportello.contracts.scheduling.v1.OfficeCreated;
import org.sportello.platform.json.ContractJson;
import org.sportello.testing.TopicPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Publishes the events research reads on the three topics, each under its {@code ce_type} and
 * keyed as its service keys it: a citizen's events by citizen, a case's (and its contacts') by
 * case, an anonymous contact by contact, the registry by its ids, a referral by referral.
 */
public final class ResearchTopics implements AutoCloseable {

    private final TopicPublisher intake = new TopicPublisher(IntakeTopic.NAME, IntakeTopic.SOURCE);
    private final TopicPublisher scheduling = new TopicPublisher(SchedulingTopic.NAME, SchedulingTopic.SOURCE);
    private final TopicPublisher referral = new TopicPublisher(ReferralTopic.NAME, ReferralTopic.SOURCE);

    public static void createTopicsIfMissing() {
        TopicPublisher.createTopicIfMissing(IntakeTopic.NAME);
        TopicPublisher.createTopicIfMissing(SchedulingTopic.NAME);
        TopicPublisher.createTopicIfMissing(ReferralTopic.NAME);
    }

    /**
     * Gives every projection of reporting a consumer group of its own for one test's context, so that
     * the context reads the topics from the start and never takes partitions from another test's
     * consumers.
     */
    public static void ownConsumerGroups(DynamicPropertyRegistry registry, String test) {
        for (String projection : List.of("reporting.research.offices", "reporting.research.intake",
                "reporting.research.referrals", "reporting.monthly-users", "reporting.appointments",
                "reporting.referrals")) {
            String group = test + "." + projection + "." + UUID.randomUUID();
            registry.add("sportello." + projection + ".group-id", () -> group);
        }
    }

    /** Publishes {@code event} under a new event id; returns the id. */
    public String send(Object event) {
        String eventId = UUID.randomUUID().toString();
        send(eventId, event);
        return eventId;
    }

    /** Publishes {@code event} under {@code eventId}, as a relay does again when it redelivers. */
    public void send(String eventId, Object event) {
        byte[] json = ContractJson.write(event);
        if (event instanceof CitizenRegistered registered) {
            intake.send(eventId, CitizenRegistered.TYPE, registered.citizenId().toString(), json);
        } else if (event instanceof CitizenErased erased) {
            intake.send(eventId, CitizenErased.TYPE, erased.citizenId().toString(), json);
        } else if (event instanceof CaseOpened opened) {
            intake.send(eventId, CaseOpened.TYPE, opened.caseId().toString(), json);
        } else if (event instanceof ContactRecorded contact) {
            UUID key = contact.caseId() != null ? contact.caseId() : contact.contactId();
            intake.send(eventId, ContactRecorded.TYPE, key.toString(), json);
        } else if (event instanceof CaseTakenInCharge taken) {
            intake.send(eventId, CaseTakenInCharge.TYPE, taken.caseId().toString(), json);
        } else if (event instanceof CaseClosed closed) {
            intake.send(eventId, CaseClosed.TYPE, closed.caseId().toString(), json);
        } else if (event instanceof DistrictCreated district) {
            scheduling.send(eventId, DistrictCreated.TYPE, district.districtId(), json);
        } else if (event instanceof MunicipalityCreated municipality) {
            scheduling.send(eventId, MunicipalityCreated.TYPE, municipality.municipalityId(), json);
        } else if (event instanceof OfficeCreated office) {
            scheduling.send(eventId, OfficeCreated.TYPE, office.officeId(), json);
        } else if (event instanceof ReferralSent sent) {
            referral.send(eventId, ReferralSent.TYPE, sent.referralId().toString(), json);
        } else {
            throw new IllegalArgumentException("Not an event research reads: " + event);
        }
    }

    @Override
    public void close() {
        intake.close();
        scheduling.close();
        referral.close();
    }
}
