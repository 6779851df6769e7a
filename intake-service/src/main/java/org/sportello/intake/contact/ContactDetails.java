package org.sportello.intake.contact;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.sportello.contracts.intake.v1.Channel;
import org.sportello.contracts.intake.v1.ContactOutcome;
import org.sportello.contracts.intake.v1.Need;
import org.sportello.contracts.intake.v1.Operator;
import org.sportello.intake.office.OfficeId;

/** What happened at a contact: where, how, who took part, the needs decoded and the outcomes. */
public record ContactDetails(OfficeId officeId, Channel channel, Instant occurredAt, List<Operator> operators,
                             List<Need> needs, List<ContactOutcome> outcomes, String notes) {

    /** Clocks of front-desk PCs drift; more than this ahead of the server is a typing error, not drift. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    public ContactDetails {
        operators = List.copyOf(operators);
        needs = needs == null ? List.of() : List.copyOf(needs);
        outcomes = List.copyOf(outcomes);
        if (operators.isEmpty()) {
            throw new IncompleteContact("operators", "at least one operator must take part in a contact");
        }
        if (outcomes.isEmpty()) {
            throw new IncompleteContact("outcomes", "a contact needs at least one outcome");
        }
    }

    /** A contact is recorded after it happened, never ahead of time. */
    public void checkHappenedBy(Instant recordedAt) {
        if (occurredAt.isAfter(recordedAt.plus(CLOCK_TOLERANCE))) {
            throw new ContactInFuture(occurredAt, recordedAt);
        }
    }

    @Override
    public String toString() {
        return "ContactDetails[officeId=" + officeId + ", channel=" + channel + ", occurredAt=" + occurredAt + "]";
    }
}
