package org.sportello.reporting.research.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.sportello.contracts.intake.v1.CaseClosed;
import org.sportello.contracts.intake.v1.CaseClosureReason;
import org.sportello.contracts.intake.v1.CaseOpened;
import org.sportello.contracts.intake.v1.CaseTakenInCharge;
import org.sportello.contracts.intake.v1.Channel;
import org.sportello.contracts.intake.v1.CitizenErased;
import org.sportello.contracts.intake.v1.CitizenRegistered;
import org.sportello.contracts.intake.v1.ContactOutcome;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.contracts.intake.v1.Need;
import org.sportello.contracts.intake.v1.NeedCategory;
import org.sportello.contracts.intake.v1.Operator;
import org.sportello.contracts.intake.v1.OperatorRole;
import org.sportello.contracts.intake.v1.Sex;
import org.sportello.contracts.intake.v1.UserArea;
import org.sportello.contracts.referral.v1.Consent;
import org.sportello.contracts.referral.v1.ConsentForm;
import org.sportello.contracts.referral.v1.ConsentGivenBy;
import org.sportello.contracts.referral.v1.ReferralSent;
import org.sportello.contracts.referral.v1.ServiceType;
import org.sportello.contracts.referral.v1.ShareScope;
import org.sportello.contracts.scheduling.v1.DistrictCreated;
import org.sportello.contracts.scheduling.v1.MunicipalityCreated;
import org.sportello.contracts.scheduling.v1.OfficeCreated;
import org.sportello.contracts.scheduling.v1.OfficeKind;

/** The events research reads, as the services publish them, with what a test does not care about filled in. */
public final class ResearchEvents {

    public static final List<Operator> SOCIAL_WORKER = List.of(new Operator("op-0173", OperatorRole.SOCIAL_WORKER));
    public static final List<Operator> SOCIAL_WORKER_AND_EDUCATOR = List.of(
            new Operator("op-0173", OperatorRole.SOCIAL_WORKER), new Operator("op-0201", OperatorRole.EDUCATOR));
    public static final List<Need> POVERTY = List.of(
            new Need(UserArea.POVERTY_AND_ADULT_HARDSHIP, List.of(NeedCategory.INCOME, NeedCategory.HOUSING)));

    private static final Instant CREATED = Instant.parse("2025-01-01T08:00:00Z");

    private ResearchEvents() {
    }

    public static DistrictCreated district(String districtId, String name) {
        return new DistrictCreated(districtId, name, CREATED, "op-0001");
    }

    public static MunicipalityCreated municipality(String municipalityId, String name, String districtId) {
        return new MunicipalityCreated(municipalityId, name, districtId, CREATED, "op-0001");
    }

    public static OfficeCreated office(String officeId, String municipalityId, boolean central) {
        return new OfficeCreated(officeId, municipalityId, "Segretariato " + officeId, "Via Esempio 1",
                OfficeKind.SECRETARIAT, null, CREATED, "op-0001", central);
    }

    public static CitizenRegistered citizen(UUID citizenId, int birthYear, Sex sex) {
        return new CitizenRegistered(citizenId, CREATED, "op-0173", birthYear, sex);
    }

    public static CitizenErased erased(UUID citizenId) {
        return new CitizenErased(citizenId, Instant.parse("2025-06-01T08:00:00Z"));
    }

    public static CaseOpened opened(UUID caseId, UUID citizenId, String officeId, Instant at) {
        return new CaseOpened(caseId, citizenId, officeId, at, "op-0173");
    }

    public static ContactRecorded contact(UUID caseId, UUID citizenId, String officeId, Instant at,
                                          ContactOutcome... outcomes) {
        return contact(caseId, citizenId, officeId, Channel.WALK_IN, at, SOCIAL_WORKER, POVERTY, outcomes);
    }

    public static ContactRecorded contact(UUID caseId, UUID citizenId, String officeId, Channel channel, Instant at,
                                          List<Operator> operators, List<Need> needs, ContactOutcome... outcomes) {
        return new ContactRecorded(UUID.randomUUID(), citizenId, caseId, officeId, channel, at, operators, needs,
                Arrays.asList(outcomes), "op-0173");
    }

    public static ContactRecorded anonymous(String officeId, Instant at, ContactOutcome... outcomes) {
        return new ContactRecorded(UUID.randomUUID(), null, null, officeId, Channel.PHONE, at,
                List.of(new Operator("op-0288", OperatorRole.ADMINISTRATIVE)), List.of(), Arrays.asList(outcomes),
                "op-0288");
    }

    public static CaseTakenInCharge takenInCharge(UUID caseId, UUID citizenId, Instant at) {
        return new CaseTakenInCharge(caseId, citizenId, "op-0173", at, "op-0173");
    }

    public static CaseClosed closed(UUID caseId, UUID citizenId, Instant at) {
        return new CaseClosed(caseId, citizenId, CaseClosureReason.NEED_MET, at, "op-0173");
    }

    public static ReferralSent referral(UUID caseId, UUID citizenId, String officeId, Instant at) {
        return new ReferralSent(UUID.randomUUID(), caseId, citizenId, "serd-monza", ServiceType.ADDICTIONS, officeId,
                UserArea.ADDICTIONS, List.of(NeedCategory.HEALTH),
                new Consent(ConsentGivenBy.CITIZEN, ConsentForm.SIGNED, at.minusSeconds(600),
                        List.of(ShareScope.NEEDS)),
                at, LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(14), "op-0173");
    }
}
