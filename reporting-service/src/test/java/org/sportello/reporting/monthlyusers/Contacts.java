package org.sportello.reporting.monthlyusers;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.sportello.contracts.intake.v1.Channel;
import org.sportello.contracts.intake.v1.ContactOutcome;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.contracts.intake.v1.Need;
import org.sportello.contracts.intake.v1.NeedCategory;
import org.sportello.contracts.intake.v1.Operator;
import org.sportello.contracts.intake.v1.OperatorRole;
import org.sportello.contracts.intake.v1.UserArea;

/** {@link ContactRecorded} events as intake publishes them, with what the tests do not care about filled in. */
final class Contacts {

    private Contacts() {
    }

    static ContactRecorded of(UUID citizenId, String officeId, Instant occurredAt) {
        return new ContactRecorded(UUID.randomUUID(), citizenId, UUID.randomUUID(), officeId, Channel.WALK_IN,
                occurredAt, List.of(new Operator("op-0173", OperatorRole.SOCIAL_WORKER)),
                List.of(new Need(UserArea.POVERTY_AND_ADULT_HARDSHIP, List.of(NeedCategory.INCOME))),
                List.of(ContactOutcome.ORIENTATION));
    }

    static ContactRecorded anonymous(String officeId, Instant occurredAt) {
        return new ContactRecorded(UUID.randomUUID(), null, null, officeId, Channel.PHONE, occurredAt,
                List.of(new Operator("op-0288", OperatorRole.ADMINISTRATIVE)), List.of(),
                List.of(ContactOutcome.INFORMATION_GIVEN));
    }
}
