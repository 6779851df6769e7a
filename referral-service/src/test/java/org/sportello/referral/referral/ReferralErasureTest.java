package org.sportello.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.referral.referral.ReferralFixture.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.platform.personaldata.ErasureGround;

/** Intake's erasure of the citizen, carried to their referral. */
class ReferralErasureTest {

    private static final Instant ERASED_AT = Instant.parse("2026-02-01T10:00:00Z");
    private static final String REFERENCE = "intake CitizenErased 42";

    private final List<UUID> shredded = new ArrayList<>();
    private FixtureConfiguration<Referral> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Referral.class);
        fixture.registerAnnotatedCommandHandler(new ReferralErasure(fixture.getRepository(), shredded::add));
    }

    private static ReferralPersonalDataErased erased() {
        return new ReferralPersonalDataErased(REFERRAL, CITIZEN, ErasureGround.LEGAL_OBLIGATION, REFERENCE,
                ReferralPersonalDataErased.ERASED_BY, ERASED_AT);
    }

    @Test
    void referralRecordsTheErasureAndTheCitizensKeyIsShredded() {
        fixture.given(sent(verbal(personal("Giulia Neri")), null, null))
               .when(new EraseReferralPersonalData(REFERRAL, REFERENCE, ERASED_AT))
               .expectEvents(erased());
        assertThat(shredded).containsExactly(CITIZEN);
    }

    @Test
    void erasureDeliveredAgainRecordsNothingNew() {
        fixture.given(sent(), erased())
               .when(new EraseReferralPersonalData(REFERRAL, REFERENCE, ERASED_AT))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void finishedReferralIsErasedToo() {
        fixture.given(sent(), rejected())
               .when(new EraseReferralPersonalData(REFERRAL, REFERENCE, ERASED_AT))
               .expectEvents(erased());
    }
}
