package org.sportello.reporting.monthlyusers;

import java.time.YearMonth;
import java.util.UUID;

import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.platform.json.ContractJson;
import org.sportello.platform.consuming.UnusableEvent;
import org.sportello.reporting.research.OfficeSlug;
import org.sportello.reporting.research.ReportingMonth;

/**
 * What monthly users keeps of a {@link ContactRecorded}: the office, the month in Europe/Rome, and
 * the citizen, null when the contact was anonymous. Needs, outcomes and operators are not needed.
 */
record CountedContact(YearMonth month, String officeId, UUID citizenId) {

    static CountedContact read(byte[] json) {
        ContactRecorded contact = ContractJson.read(json, ContactRecorded.class);
        if (contact == null) {
            throw new UnusableEvent("the value is JSON null");
        }
        // Checked here, not left to the database: a value the tables refuse would fail the batch
        // on every retry and stop the projection.
        if (!OfficeSlug.isValid(contact.officeId()) || OfficeSlug.ALL.equals(contact.officeId())) {
            throw new UnusableEvent("officeId '" + contact.officeId() + "' is not an office's slug");
        }
        if (contact.occurredAt() == null) {
            throw new UnusableEvent("occurredAt is missing");
        }
        YearMonth month = ReportingMonth.of(contact.occurredAt());
        if (month.getYear() < 1 || month.getYear() > 9999) {
            throw new UnusableEvent("occurredAt " + contact.occurredAt() + " is not in the years 0001 to 9999");
        }
        return new CountedContact(month, contact.officeId(), contact.citizenId());
    }

    boolean anonymous() {
        return citizenId == null;
    }
}
