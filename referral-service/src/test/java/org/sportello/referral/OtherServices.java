package org.sportello.referral;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.sportello.contracts.intake.IntakeTopic;
import org.sportello.contracts.intake.v1.CaseClosed;
import org.sportello.contracts.intake.v1.CaseClosureReason;
import org.sportello.contracts.intake.v1.CaseOpened;
import org.sportello.contracts.intake.v1.Channel;
import org.sportello.contracts.intake.v1.CitizenErased;
import org.sportello.contracts.intake.v1.ContactOutcome;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.contracts.intake.v1.Need;
import org.sportello.contracts.intake.v1.NeedCategory;
import org.sportello.contracts.intake.v1.Operator;
import org.sportello.contracts.intake.v1.OperatorRole;
import org.sportello.contracts.intake.v1.UserArea;
import org.sportello.contracts.scheduling.SchedulingTopic;
import org.sportello.contracts.scheduling.v1.DistrictCreated;
import org.sportello.contracts.scheduling.v1.MunicipalityCreated;
import org.sportello.contracts.scheduling.v1.OfficeCreated;
import org.sportello.contracts.scheduling.v1.OfficeKind;
import org.sportello.platform.json.ContractJson;
import org.sportello.testing.TopicPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What scheduling and intake would publish, on the test Kafka (CloudEvents headers, the key the
 * contracts name, the contract's JSON), and the wait until referral's known tables have it. Each
 * method publishes under new ids of its own, since every IT shares one referral and one database:
 * <pre>
 * try (OtherServices others = new OtherServices(jdbc)) {
 *     OtherServices.Place place = others.newPlace();            // district, town, secretariat, desk
 *     OtherServices.KnownCase opened = others.caseOpened(place.secretariatId());
 *     UUID contact = others.deskContactRecorded(place.deskId(), "desk-volunteer-1");
 * }
 * </pre>
 */
public final class OtherServices implements AutoCloseable {

    /** A consumer group's first join waits for the broker's initial rebalance, and reads the topic from its start. */
    public static final Duration KNOWN_WITHIN = Duration.ofSeconds(60);
    public static final Instant LONG_AGO = Instant.parse("2025-01-13T08:10:00Z");

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final TopicPublisher scheduling = new TopicPublisher(SchedulingTopic.NAME, SchedulingTopic.SOURCE);
    private final TopicPublisher intake = new TopicPublisher(IntakeTopic.NAME, IntakeTopic.SOURCE);

    /** @param jdbc referral's database, where the known tables are awaited */
    public OtherServices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An id no other test of this run uses: the tests share one database. */
    public static String uniqueSlug(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A district with one municipality, a secretariat and a partner desk in it. */
    public record Place(String districtId, String municipalityId, String secretariatId, String deskId) {
    }

    /** A case as intake published it. */
    public record KnownCase(UUID caseId, UUID citizenId, String officeId) {
    }

    // ---- scheduling ----------------------------------------------------------------------------

    /** A new district, municipality, secretariat and partner desk, all known to referral when it returns. */
    public Place newPlace() {
        String district = uniqueSlug("district");
        String municipality = uniqueSlug("town");
        districtCreated(district);
        municipalityCreated(municipality, district);
        String secretariat = officeCreated(uniqueSlug("office"), municipality, OfficeKind.SECRETARIAT);
        String desk = officeCreated(uniqueSlug("desk"), municipality, OfficeKind.PARTNER_DESK);
        awaitOffice(secretariat);
        awaitOffice(desk);
        return new Place(district, municipality, secretariat, desk);
    }

    /** Another municipality of {@code districtId}, known when it returns. */
    public String newMunicipality(String districtId) {
        String municipality = municipalityCreated(uniqueSlug("town"), districtId);
        awaitMunicipality(municipality);
        return municipality;
    }

    /** Another office in {@code municipalityId}, known when it returns. */
    public String newOffice(String municipalityId, OfficeKind kind) {
        String office = officeCreated(uniqueSlug(kind == OfficeKind.PARTNER_DESK ? "desk" : "office"), municipalityId,
                kind);
        awaitOffice(office);
        return office;
    }

    /** Publishes {@code DistrictCreated} (not awaited); returns the district id. */
    public String districtCreated(String districtId) {
        send(scheduling, DistrictCreated.TYPE, districtId,
                new DistrictCreated(districtId, "Ambito " + districtId, LONG_AGO, "admin-1"));
        return districtId;
    }

    /** Publishes {@code MunicipalityCreated} (not awaited); returns the municipality id. */
    public String municipalityCreated(String municipalityId, String districtId) {
        send(scheduling, MunicipalityCreated.TYPE, municipalityId,
                new MunicipalityCreated(municipalityId, "Comune di " + municipalityId, districtId, LONG_AGO, "admin-1"));
        return municipalityId;
    }

    /** Publishes {@code OfficeCreated} (not awaited); returns the office id. */
    public String officeCreated(String officeId, String municipalityId, OfficeKind kind) {
        String partner = kind == OfficeKind.PARTNER_DESK ? "Caritas Ambrosiana" : null;
        send(scheduling, OfficeCreated.TYPE, officeId, new OfficeCreated(officeId, municipalityId,
                "Sportello " + officeId, "Via Roma 1", kind, partner, LONG_AGO, "admin-1"));
        return officeId;
    }

    public void awaitDistrict(String districtId) {
        awaitRow("SELECT count(*) FROM known_district WHERE district_id = ?", districtId);
    }

    public void awaitMunicipality(String municipalityId) {
        awaitRow("SELECT count(*) FROM known_municipality WHERE municipality_id = ?", municipalityId);
    }

    public void awaitOffice(String officeId) {
        awaitRow("SELECT count(*) FROM known_office WHERE office_id = ?", officeId);
    }

    // ---- intake --------------------------------------------------------------------------------

    /** A new citizen's case opened at {@code officeId}, known when it returns. */
    public KnownCase caseOpened(String officeId) {
        KnownCase opened = publishCaseOpened(UUID.randomUUID(), UUID.randomUUID(), officeId);
        awaitRow("SELECT count(*) FROM known_case WHERE case_id = ?", opened.caseId());
        return opened;
    }

    /** Publishes {@code CaseOpened} (not awaited). */
    public KnownCase publishCaseOpened(UUID caseId, UUID citizenId, String officeId) {
        send(intake, CaseOpened.TYPE, caseId.toString(),
                new CaseOpened(caseId, citizenId, officeId, Instant.now().minus(Duration.ofDays(3)), "op-0173"));
        return new KnownCase(caseId, citizenId, officeId);
    }

    /** Closes the case, known closed when it returns. */
    public void caseClosed(KnownCase opened) {
        send(intake, CaseClosed.TYPE, opened.caseId().toString(), new CaseClosed(opened.caseId(), opened.citizenId(),
                CaseClosureReason.NEED_MET, Instant.now().minus(Duration.ofDays(1)), "op-0173"));
        awaitRow("SELECT count(*) FROM known_case WHERE case_id = ? AND closed_at IS NOT NULL", opened.caseId());
    }

    /** An anonymous orientation at the partner desk {@code deskId}, known when it returns; its contact id. */
    public UUID deskContactRecorded(String deskId, String recordedBy) {
        UUID contactId = contactRecorded(deskId, Channel.PARTNER_DESK, recordedBy);
        awaitRow("SELECT count(*) FROM known_desk_contact WHERE contact_id = ?", contactId);
        return contactId;
    }

    /** Publishes an anonymous {@code ContactRecorded} of any channel (not awaited); its contact id. */
    public UUID contactRecorded(String officeId, Channel channel, String recordedBy) {
        UUID contactId = UUID.randomUUID();
        OperatorRole role = channel == Channel.PARTNER_DESK ? OperatorRole.PARTNER_VOLUNTEER : OperatorRole.ADMINISTRATIVE;
        send(intake, ContactRecorded.TYPE, contactId.toString(), new ContactRecorded(contactId, null, null, officeId,
                channel, Instant.now().minus(Duration.ofHours(2)), List.of(new Operator(recordedBy, role)),
                List.of(new Need(UserArea.POVERTY_AND_ADULT_HARDSHIP, List.of(NeedCategory.INCOME))),
                List.of(ContactOutcome.ORIENTATION), recordedBy));
        return contactId;
    }

    /**
     * Publishes {@code CitizenErased} (not awaited: what it erases is referrals', whose tests wait for
     * their own effect); returns its event id.
     */
    public String citizenErased(UUID citizenId) {
        return send(intake, CitizenErased.TYPE, citizenId.toString(), new CitizenErased(citizenId, Instant.now()));
    }

    // ---- raw -----------------------------------------------------------------------------------

    /** Scheduling's topic, for a record of any shape (a redelivery, a poison record). */
    public TopicPublisher scheduling() {
        return scheduling;
    }

    /** Intake's topic, for a record of any shape. */
    public TopicPublisher intake() {
        return intake;
    }

    private static String send(TopicPublisher topic, String type, String key, Object contract) {
        String eventId = UUID.randomUUID().toString();
        topic.send(eventId, type, key, ContractJson.write(contract));
        return eventId;
    }

    private void awaitRow(String countQuery, Object id) {
        await().atMost(KNOWN_WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.sql(countQuery).param(id).query(Long.class).single() > 0);
    }

    @Override
    public void close() {
        scheduling.close();
        intake.close();
    }
}
