package org.sportello.reporting.research.episodes;

import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.sportello.reporting.research.ReportingMonth;
import org.sportello.reporting.research.codingschemes.CodingScheme;
import org.sportello.reporting.research.episodes.Episode.EndedBy;

/**
 * Computes an episode from the facts of one case, or of one anonymous contact, under a coding
 * scheme: a pure function, so that the episodes written as events arrive, those a recomputation
 * writes and those a replay into an empty database writes are the same rows.
 *
 * <p>The definitions (API12.md, quoted in the README):
 * <ul>
 * <li>A case's episode starts at its earliest contact and ends at the earliest of its taking in
 * charge, its first referral, its closing, or the scheme's window passing (opened_at plus the
 * window, in Europe/Rome calendar days). At equal times the order is taken in charge, referred,
 * closed, window: the case's own facts say more than the clock.</li>
 * <li>Its contacts are those up to the end (all while open); its outcomes theirs, plus
 * TAKEN_IN_CHARGE or REFERRAL when it ended so, each once.</li>
 * <li>A contact is care when it has a care outcome, control when it has a control outcome and no
 * care one. The end by taking in charge or referral is a moment of its own, coded the same way.</li>
 * </ul>
 */
public final class EpisodeBuilder {

    static final String TAKEN_IN_CHARGE = "TAKEN_IN_CHARGE";
    static final String REFERRAL = "REFERRAL";
    /** The outcomes that go no further than information: an episode with only these is a drop-off. */
    static final Set<String> INFORMATION_ONLY = Set.of("INFORMATION_GIVEN", "NO_FURTHER_ACTION");

    private EpisodeBuilder() {
    }

    /** When an episode opened at {@code openedAt} is over by the window: calendar days on the offices' clock. */
    public static Instant windowEnd(Instant openedAt, Period window) {
        return openedAt.atZone(ReportingMonth.ZONE).plus(window).toInstant();
    }

    /** The case's episode, or none while research knows no contact of it. */
    public static Optional<Episode> of(CaseFacts facts, CodingScheme scheme, Instant now) {
        if (facts.contacts().isEmpty()) {
            return Optional.empty();
        }
        ContactFact first = facts.contacts().get(0);
        Instant openedAt = first.occurredAt();
        Instant windowEnd = windowEnd(openedAt, scheme.window());

        EndedBy endedBy = EndedBy.OPEN;
        Instant endedAt = null;
        // In the order that wins a tie.
        Instant[] ends = {facts.takenInChargeAt(), facts.referredAt(), facts.closedAt()};
        EndedBy[] kinds = {EndedBy.TAKEN_IN_CHARGE, EndedBy.REFERRED, EndedBy.CLOSED};
        for (int i = 0; i < ends.length; i++) {
            Instant at = ends[i];
            if (at != null && !at.isAfter(windowEnd) && (endedAt == null || at.isBefore(endedAt))) {
                endedBy = kinds[i];
                endedAt = at;
            }
        }
        if (endedAt == null && !windowEnd.isAfter(now)) {
            endedBy = EndedBy.WINDOW;
            endedAt = windowEnd;
        }
        // A case's end recorded before its first contact (clocks of two services) ends it at once.
        if (endedAt != null && endedAt.isBefore(openedAt)) {
            endedAt = openedAt;
        }

        List<ContactFact> contacts = new ArrayList<>();
        List<Moment> moments = new ArrayList<>();
        for (ContactFact contact : facts.contacts()) {
            if (endedAt == null || !contact.occurredAt().isAfter(endedAt)) {
                contacts.add(contact);
                moments.add(new Moment(contact.occurredAt(), contact.outcomes()));
            }
        }
        if (endedBy == EndedBy.TAKEN_IN_CHARGE) {
            moments.add(new Moment(endedAt, List.of(TAKEN_IN_CHARGE)));
        } else if (endedBy == EndedBy.REFERRED) {
            moments.add(new Moment(endedAt, List.of(REFERRAL)));
        }
        return Optional.of(episode(scheme, facts.caseId(), facts.caseId(), facts.citizenId(), first, endedBy,
                endedAt, contacts, moments));
    }

    /** An anonymous contact's episode: itself, ended at once. */
    public static Episode anonymous(ContactFact contact, CodingScheme scheme) {
        return episode(scheme, contact.contactId(), null, null, contact, EndedBy.ANONYMOUS, contact.occurredAt(),
                List.of(contact), new ArrayList<>(List.of(new Moment(contact.occurredAt(), contact.outcomes()))));
    }

    private static Episode episode(CodingScheme scheme, UUID episodeId, UUID caseId,
                                   UUID citizenId, ContactFact first, EndedBy endedBy, Instant endedAt,
                                   List<ContactFact> contacts, List<Moment> moments) {
        moments.sort(Comparator.comparing(Moment::at));
        Set<String> care = Set.copyOf(scheme.care());
        Set<String> control = Set.copyOf(scheme.control());

        Instant firstCare = null;
        Instant firstControl = null;
        Set<String> outcomes = new TreeSet<>();
        for (Moment moment : moments) {
            outcomes.addAll(moment.outcomes());
            if (isCare(moment.outcomes(), care)) {
                if (firstCare == null) {
                    firstCare = moment.at();
                }
            } else if (isControl(moment.outcomes(), control) && firstControl == null) {
                firstControl = moment.at();
            }
        }
        boolean careFirst = isCare(first.outcomes(), care);
        boolean controlBeforeCare = firstControl != null && (firstCare == null || firstControl.isBefore(firstCare));
        boolean dropOff = endedBy != EndedBy.OPEN && INFORMATION_ONLY.containsAll(outcomes);
        Integer daysToCare = firstCare == null ? null : (int) ChronoUnit.DAYS.between(
                first.occurredAt().atZone(ReportingMonth.ZONE).toLocalDate(),
                firstCare.atZone(ReportingMonth.ZONE).toLocalDate());
        return new Episode(scheme.version(), episodeId, caseId, citizenId, first.officeId(), first.month(),
                first.occurredAt(), first.channel(), endedBy, endedAt, contacts.size(), List.copyOf(outcomes),
                union(contacts.stream().map(ContactFact::userAreas).toList()),
                union(contacts.stream().map(ContactFact::needCategories).toList()),
                careFirst, controlBeforeCare, dropOff, daysToCare);
    }

    private static boolean isCare(Collection<String> outcomes, Set<String> care) {
        return outcomes.stream().anyMatch(care::contains);
    }

    private static boolean isControl(Collection<String> outcomes, Set<String> control) {
        return outcomes.stream().anyMatch(control::contains);
    }

    private static List<String> union(List<List<String>> lists) {
        Set<String> union = new TreeSet<>();
        lists.forEach(union::addAll);
        return List.copyOf(union);
    }

    /** A contact, or the case's end by taking in charge or referral, and its outcomes. */
    private record Moment(Instant at, List<String> outcomes) {
    }
}
