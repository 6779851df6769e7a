package org.sportello.launcher.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.sportello.contracts.intake.v1.ContactOutcome;
import org.sportello.launcher.demo.DemoScenario.Appointment;
import org.sportello.launcher.demo.DemoScenario.AppointmentOutcome;
import org.sportello.launcher.demo.DemoScenario.CitizenStory;
import org.sportello.launcher.demo.DemoScenario.Close;
import org.sportello.launcher.demo.DemoScenario.Step;
import org.sportello.launcher.demo.DemoScenario.TakeInCharge;
import org.sportello.launcher.demo.DemoScenario.Visit;

import static org.sportello.contracts.intake.v1.ContactOutcome.APPOINTMENT_PROPOSED;
import static org.sportello.contracts.intake.v1.ContactOutcome.DOCUMENTS_REQUESTED;
import static org.sportello.contracts.intake.v1.ContactOutcome.ECONOMIC_SUPPORT_REQUESTED;
import static org.sportello.contracts.intake.v1.ContactOutcome.ELIGIBILITY_CHECK;
import static org.sportello.contracts.intake.v1.ContactOutcome.NOT_ELIGIBLE;
import static org.sportello.contracts.intake.v1.ContactOutcome.ORIENTATION;
import static org.sportello.contracts.intake.v1.ContactOutcome.REFERRAL;
import static org.sportello.contracts.intake.v1.ContactOutcome.SHORT_SUPPORT_PATH;
import static org.sportello.contracts.intake.v1.ContactOutcome.TAKEN_IN_CHARGE;

/**
 * The first-access episodes of a demo plan as API12.md defines them, computed from the scenario the demo
 * will record under the default coding scheme v1 (reporting's migration): what the research indicators
 * should find once the demo has run. A case episode starts at a citizen's first recorded contact (a
 * visit, or an attended appointment's interview) and ends when the case is taken in charge, closed, or 90
 * days on; a contact after the case was closed opens a new one. Each anonymous contact is an episode.
 * Times are the plan's (an appointment at its request: scheduling places the interview, about two weeks
 * later); referrals, sent at the end of the demo for a few cases, are left out (their contact's REFERRAL
 * is care already).
 */
record PlannedEpisodes(List<Episode> episodes) {

    /** Scheme v1's codes, as reporting's migration writes them. */
    static final Set<ContactOutcome> CARE = Set.of(ORIENTATION, SHORT_SUPPORT_PATH, APPOINTMENT_PROPOSED, TAKEN_IN_CHARGE,
            REFERRAL);
    static final Set<ContactOutcome> CONTROL = Set.of(DOCUMENTS_REQUESTED, ELIGIBILITY_CHECK, NOT_ELIGIBLE,
            ECONOMIC_SUPPORT_REQUESTED);
    static final Duration WINDOW = Duration.ofDays(90);

    record Episode(String officeId, String municipalityId, boolean centralOffice, YearMonth month, boolean careFirst,
                   boolean controlBeforeCare, boolean takenInCharge) {
    }

    /** A contact of the plan: where, when, with what outcomes. */
    private record Contact(String officeId, Instant at, List<ContactOutcome> outcomes) {

        boolean care() {
            return outcomes.stream().anyMatch(CARE::contains);
        }

        boolean control() {
            return !care() && outcomes.stream().anyMatch(CONTROL::contains);
        }
    }

    static PlannedEpisodes of(DemoScenario scenario, Map<String, DemoOffice> offices) {
        List<Episode> episodes = new ArrayList<>();
        for (CitizenStory story : scenario.stories()) {
            List<Contact> open = new ArrayList<>();
            // The first access is over but the case goes on: its later contacts are no episode's.
            boolean over = false;
            for (Step step : story.steps()) {
                Contact contact = contact(step);
                if (contact != null && !over && !open.isEmpty() && contact.at().isAfter(open.get(0).at().plus(WINDOW))) {
                    episodes.add(episode(open, false, offices));
                    open.clear();
                    over = true;
                } else if (contact != null && !over) {
                    open.add(contact);
                } else if (step instanceof TakeInCharge && !open.isEmpty()) {
                    episodes.add(episode(open, true, offices));
                    open.clear();
                    over = true;
                } else if (step instanceof Close) {
                    if (!open.isEmpty()) {
                        episodes.add(episode(open, false, offices));
                        open.clear();
                    }
                    // The next contact opens a new case.
                    over = false;
                }
            }
            if (!open.isEmpty()) {
                episodes.add(episode(open, false, offices));
            }
        }
        for (Visit anonymous : scenario.anonymousContacts()) {
            episodes.add(episode(List.of(new Contact(anonymous.officeId(), anonymous.at(), anonymous.outcomes())), false,
                    offices));
        }
        return new PlannedEpisodes(List.copyOf(episodes));
    }

    /** The episodes whose first contact was in the municipality. */
    PlannedEpisodes of(String municipalityId) {
        return where(e -> e.municipalityId().equals(municipalityId));
    }

    PlannedEpisodes in(YearMonth month) {
        return where(e -> e.month().equals(month));
    }

    double careFirstShare() {
        return share(Episode::careFirst);
    }

    double controlBeforeCareShare() {
        return share(Episode::controlBeforeCare);
    }

    double decentralisedShare() {
        return share(e -> !e.centralOffice());
    }

    double takenInChargeShare() {
        return share(Episode::takenInCharge);
    }

    int size() {
        return episodes.size();
    }

    private PlannedEpisodes where(Predicate<Episode> which) {
        return new PlannedEpisodes(episodes.stream().filter(which).toList());
    }

    private double share(Predicate<Episode> which) {
        if (episodes.isEmpty()) {
            throw new IllegalStateException("no episodes");
        }
        return (double) episodes.stream().filter(which).count() / episodes.size();
    }

    /** A visit, or an attended appointment's interview; anything else is no contact. */
    private static Contact contact(Step step) {
        if (step instanceof Visit visit) {
            return new Contact(visit.officeId(), visit.at(), visit.outcomes());
        }
        if (step instanceof Appointment appointment && appointment.outcome() == AppointmentOutcome.ATTENDED) {
            return new Contact(appointment.officeId(), appointment.at(), appointment.outcomes());
        }
        return null;
    }

    private static Episode episode(List<Contact> contacts, boolean takenInCharge, Map<String, DemoOffice> offices) {
        Contact first = contacts.get(0);
        int firstCare = -1;
        for (int i = 0; i < contacts.size() && firstCare < 0; i++) {
            firstCare = contacts.get(i).care() ? i : -1;
        }
        int careAt = firstCare < 0 ? contacts.size() : firstCare;
        boolean controlBeforeCare = contacts.subList(0, careAt).stream().anyMatch(Contact::control);
        DemoOffice office = offices.get(first.officeId());
        return new Episode(first.officeId(), office.municipalityId(), office.central(),
                YearMonth.from(first.at().atZone(DemoOffice.ZONE)), first.care(), controlBeforeCare, takenInCharge);
    }
}
