package org.sportello.reporting.research.facts;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.sportello.contracts.intake.v1.CaseClosed;
import org.sportello.contracts.intake.v1.CaseOpened;
import org.sportello.contracts.intake.v1.CaseTakenInCharge;
import org.sportello.contracts.intake.v1.CitizenErased;
import org.sportello.contracts.intake.v1.CitizenRegistered;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.contracts.intake.v1.Need;
import org.sportello.contracts.intake.v1.Operator;
import org.sportello.contracts.intake.v1.OperatorRole;
import org.sportello.platform.consuming.UnusableEvent;
import org.sportello.platform.json.ContractJson;
import org.sportello.reporting.research.ReportingMonth;
import org.sportello.reporting.research.episodes.ContactFact;

/**
 * Reads intake's published events into {@link IntakeFact}s: with the other readers here, the one
 * place in research that knows the contracts. Values already conform to their schemas; what is
 * checked is what a schema cannot say and the tables would refuse on every retry.
 */
final class IntakeFactReader {

    static final Set<String> TYPES = Set.of(CitizenRegistered.TYPE, CitizenErased.TYPE, CaseOpened.TYPE,
            ContactRecorded.TYPE, CaseTakenInCharge.TYPE, CaseClosed.TYPE);

    private IntakeFactReader() {
    }

    static IntakeFact read(String type, byte[] json) {
        return switch (type) {
            case CitizenRegistered.TYPE -> {
                CitizenRegistered registered = value(json, CitizenRegistered.class);
                yield new IntakeFact.Citizen(registered.citizenId(), registered.birthYear(),
                        registered.sex() == null ? null : registered.sex().name());
            }
            case CitizenErased.TYPE -> new IntakeFact.Erased(value(json, CitizenErased.class).citizenId());
            case CaseOpened.TYPE -> {
                CaseOpened opened = value(json, CaseOpened.class);
                yield new IntakeFact.Opened(opened.caseId(), opened.citizenId(), opened.officeId(),
                        required("openedAt", opened.openedAt()));
            }
            case ContactRecorded.TYPE -> new IntakeFact.Contact(contact(value(json, ContactRecorded.class)));
            case CaseTakenInCharge.TYPE -> {
                CaseTakenInCharge taken = value(json, CaseTakenInCharge.class);
                yield new IntakeFact.TakenInCharge(taken.caseId(), taken.citizenId(),
                        required("takenInChargeAt", taken.takenInChargeAt()));
            }
            case CaseClosed.TYPE -> {
                CaseClosed closed = value(json, CaseClosed.class);
                yield new IntakeFact.Closed(closed.caseId(), closed.citizenId(), required("closedAt", closed.closedAt()));
            }
            default -> throw new UnusableEvent("research does not read " + type);
        };
    }

    private static ContactFact contact(ContactRecorded contact) {
        Instant occurredAt = required("occurredAt", contact.occurredAt());
        List<Operator> operators = contact.operators() == null ? List.of() : contact.operators();
        boolean joint = operators.stream().anyMatch(operator -> operator.role() == OperatorRole.SOCIAL_WORKER)
                && operators.stream().anyMatch(operator -> operator.role() == OperatorRole.EDUCATOR);
        Set<String> userAreas = new TreeSet<>();
        Set<String> categories = new TreeSet<>();
        for (Need need : contact.needs() == null ? List.<Need>of() : contact.needs()) {
            if (need.userArea() != null) {
                userAreas.add(need.userArea().name());
            }
            if (need.categories() != null) {
                need.categories().forEach(category -> categories.add(category.name()));
            }
        }
        Set<String> outcomes = new TreeSet<>();
        if (contact.outcomes() != null) {
            contact.outcomes().forEach(outcome -> outcomes.add(outcome.name()));
        }
        return new ContactFact(contact.contactId(), contact.caseId(), contact.caseId() == null ? null : contact.citizenId(),
                contact.officeId(), contact.channel().name(), occurredAt, month("occurredAt", occurredAt).toString(),
                joint, List.copyOf(outcomes), List.copyOf(userAreas), List.copyOf(categories));
    }

    static <T> T value(byte[] json, Class<T> type) {
        T value = ContractJson.read(json, type);
        if (value == null) {
            throw new UnusableEvent("the value is JSON null");
        }
        return value;
    }

    static YearMonth month(String field, Instant instant) {
        YearMonth month = ReportingMonth.of(instant);
        // Months are stored as YYYY-MM text: a five-digit or negative year would not sort as one.
        if (month.getYear() < 1 || month.getYear() > 9999) {
            throw new UnusableEvent(field + " " + instant + " is not in the years 0001 to 9999");
        }
        return month;
    }

    static Instant required(String field, Instant instant) {
        if (instant == null) {
            throw new UnusableEvent(field + " is missing");
        }
        return instant;
    }
}
