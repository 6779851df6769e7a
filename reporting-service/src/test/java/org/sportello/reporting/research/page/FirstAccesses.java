package org.sportello.reporting.research.page;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.sportello.contracts.intake.v1.CaseOpened;
import org.sportello.contracts.intake.v1.CaseTakenInCharge;
import org.sportello.contracts.intake.v1.Channel;
import org.sportello.contracts.intake.v1.ContactOutcome;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.contracts.intake.v1.Need;
import org.sportello.contracts.intake.v1.NeedCategory;
import org.sportello.contracts.intake.v1.Operator;
import org.sportello.contracts.intake.v1.OperatorRole;
import org.sportello.contracts.intake.v1.UserArea;
import org.sportello.contracts.scheduling.v1.DistrictCreated;
import org.sportello.contracts.scheduling.v1.MunicipalityCreated;
import org.sportello.contracts.scheduling.v1.OfficeCreated;
import org.sportello.contracts.scheduling.v1.OfficeKind;
import org.sportello.reporting.research.ReportingMonth;
import org.sportello.reporting.research.facts.ResearchTopics;

/**
 * First accesses as the services publish them on their topics: the office registry from scheduling,
 * then for each episode a case opened at intake, its first contact and the case taken in charge.
 * Ids carry a suffix of the run's own, so that other tests' events on the shared topics never meet
 * these; the names are the ones a researcher reads.
 */
final class FirstAccesses {

    private static final Instant REGISTERED = Instant.parse("2020-01-01T08:00:00Z");
    private static final List<Operator> SOCIAL_WORKER = List.of(new Operator("op-0173", OperatorRole.SOCIAL_WORKER));
    private static final List<Operator> SOCIAL_WORKER_AND_EDUCATOR = List.of(
            new Operator("op-0173", OperatorRole.SOCIAL_WORKER), new Operator("op-0201", OperatorRole.EDUCATOR));
    private static final List<Need> FAMILY = List.of(new Need(UserArea.FAMILY_AND_MINORS, List.of(NeedCategory.INCOME)));

    private final ResearchTopics topics;
    private final String suffix = "p" + UUID.randomUUID().toString().substring(0, 6);
    private final List<String> offices = new ArrayList<>();
    private int episodes;

    FirstAccesses(ResearchTopics topics) {
        this.topics = topics;
    }

    /** {@code name} with this run's suffix: the id the services know. */
    String id(String name) {
        return name + "-" + suffix;
    }

    FirstAccesses district(String id, String name) {
        topics.send(new DistrictCreated(id(id), name, REGISTERED, "admin-1"));
        return this;
    }

    FirstAccesses municipality(String id, String name, String district) {
        topics.send(new MunicipalityCreated(id(id), name, id(district), REGISTERED, "admin-1"));
        return this;
    }

    FirstAccesses office(String id, String name, String municipality, boolean central) {
        topics.send(new OfficeCreated(id(id), id(municipality), name, "Via Italia 1", OfficeKind.SECRETARIAT, null,
                REGISTERED, "admin-1", central));
        offices.add(id(id));
        return this;
    }

    /**
     * {@code count} first accesses at {@code office} in {@code month}, each a case opened on the 10th,
     * its first contact that day and the case taken in charge: {@code careFirst} of them with
     * orientation at the first contact (care at once, 0 days), the others with documents requested
     * (control) and care only when taken in charge {@code controlDays} days later. Every
     * {@code jointEvery}-th first contact is a joint interview (0: none).
     */
    FirstAccesses episodes(String office, YearMonth month, int count, int careFirst, int controlDays, int jointEvery) {
        Instant at = month.atDay(10).atTime(10, 0).atZone(ReportingMonth.ZONE).toInstant();
        for (int i = 0; i < count; i++) {
            boolean care = i < careFirst;
            UUID caseId = UUID.randomUUID();
            UUID citizenId = UUID.randomUUID();
            boolean joint = jointEvery > 0 && i % jointEvery == 0;
            topics.send(new CaseOpened(caseId, citizenId, id(office), at, "op-0173"));
            topics.send(new ContactRecorded(UUID.randomUUID(), citizenId, caseId, id(office), Channel.WALK_IN, at,
                    joint ? SOCIAL_WORKER_AND_EDUCATOR : SOCIAL_WORKER, FAMILY,
                    List.of(care ? ContactOutcome.ORIENTATION : ContactOutcome.DOCUMENTS_REQUESTED), "op-0173"));
            Instant takenInCharge = at.plusSeconds((care ? 1 : controlDays) * 86_400L);
            topics.send(new CaseTakenInCharge(caseId, citizenId, "op-0173", takenInCharge, "op-0173"));
            episodes++;
        }
        return this;
    }

    /** The offices registered, with their ids. */
    List<String> offices() {
        return List.copyOf(offices);
    }

    /** How many first accesses were published. */
    int episodes() {
        return episodes;
    }
}
