package org.sportello.contracts.referral.v1;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.sportello.contracts.SchemaTests;
import tools.jackson.databind.node.ObjectNode;

class ReferralV1SchemaTest extends SchemaTests {

    ReferralV1SchemaTest() {
        super(ReferralV1Contracts.V1);
    }

    @Override
    protected Stream<Arguments> invalidDocuments() {
        return Stream.of(
                invalid(ProviderRegistered.class, "a name instead of a slug", "providerId",
                        provider -> provider.put("providerId", "SerD Monza")),
                invalid(ProviderRegistered.class, "a slug longer than 64 characters", "providerId",
                        provider -> provider.put("providerId", "serd-".repeat(13) + "monza")),
                invalid(ProviderRegistered.class, "an empty name", "name",
                        provider -> provider.put("name", "")),
                invalid(ProviderRegistered.class, "an unknown kind", "kind",
                        provider -> provider.put("kind", "PRIVATE")),
                invalid(ProviderRegistered.class, "an unknown service type", "serviceType",
                        provider -> provider.put("serviceType", "SPORTS")),
                invalid(ProviderRegistered.class, "a municipality twice", "municipalityIds",
                        provider -> provider.withArray("municipalityIds").add("monza")),
                invalid(ProviderRegistered.class, "an unknown contact channel", "contactChannel",
                        provider -> provider.put("contactChannel", "FAX")),
                invalid(ProviderRegistered.class, "a deadline of no days", "responseDeadlineWorkingDays",
                        provider -> provider.put("responseDeadlineWorkingDays", 0)),
                invalid(ProviderRegistered.class, "a deadline as text", "responseDeadlineWorkingDays",
                        provider -> provider.put("responseDeadlineWorkingDays", "10")),
                invalid(ReferralSent.class, "a fiscal code instead of the pseudonymous id", "citizenId",
                        sent -> sent.put("citizenId", "RSSMRA80A01F205X")),
                invalid(ReferralSent.class, "no case", "caseId",
                        sent -> sent.remove("caseId")),
                invalid(ReferralSent.class, "no need category", "categories",
                        sent -> sent.putArray("categories")),
                invalid(ReferralSent.class, "an unknown need category", "categories",
                        sent -> sent.withArray("categories").add("SPORTS")),
                invalid(ReferralSent.class, "an unknown user area", "userArea",
                        sent -> sent.put("userArea", "YOUTH")),
                invalid(ReferralSent.class, "no consent", "consent",
                        sent -> sent.putNull("consent")),
                invalid(ReferralSent.class, "consent with nothing to share", "shareScope",
                        sent -> consent(sent).putArray("shareScope")),
                invalid(ReferralSent.class, "consent by an unknown person", "givenBy",
                        sent -> consent(sent).put("givenBy", "NEIGHBOUR")),
                invalid(ReferralSent.class, "consent in an unknown form", "form",
                        sent -> consent(sent).put("form", "IMPLIED")),
                invalid(ReferralSent.class, "consent given at a local time", "givenAt",
                        sent -> consent(sent).put("givenAt", "2025-03-03T10:50:00")),
                invalid(ReferralSent.class, "a due date with a time", "dueBy",
                        sent -> sent.put("dueBy", "2025-03-17T23:59:59Z")),
                invalid(ReferralSent.class, "a due date in the Italian order", "dueBy",
                        sent -> sent.put("dueBy", "17/03/2025")),
                invalid(ReferralSent.class, "recordedBy left out instead of written as null", "recordedBy",
                        sent -> sent.remove("recordedBy")),
                invalid(ReferralAccepted.class, "an unknown source", "source",
                        accepted -> accepted.put("source", "FAX")),
                invalid(ReferralAccepted.class, "an answer time with an offset instead of UTC", "acceptedAt",
                        accepted -> accepted.put("acceptedAt", "2025-03-06T15:20:00+01:00")),
                invalid(ReferralRejected.class, "a free-text reason", "reason",
                        rejected -> rejected.put("reason", "we are full until June")),
                invalid(ReferralRejected.class, "no source", "source",
                        rejected -> rejected.remove("source")),
                invalid(ReferralCompleted.class, "an unknown outcome", "outcome",
                        completed -> completed.put("outcome", "SUCCESS")),
                invalid(ReferralWithdrawn.class, "an unknown reason", "reason",
                        withdrawn -> withdrawn.put("reason", "CONSENT_WITHDRAWN")),
                invalid(ReferralConsentWithdrawn.class, "a referral id that is no UUID", "referralId",
                        withdrawn -> withdrawn.put("referralId", "REF-2025-0042")),
                invalid(ReferralOverdue.class, "a time as epoch seconds", "overdueAt",
                        overdue -> overdue.put("overdueAt", 1742252460L)),
                invalid(ReferralOverdue.class, "a due date that does not exist", "dueBy",
                        overdue -> overdue.put("dueBy", "2025-02-30")),
                invalid(DeskReferralSent.class, "an office name instead of its slug", "toOfficeId",
                        sent -> sent.put("toOfficeId", "Cologno Centro")),
                invalid(DeskReferralSent.class, "no contact", "contactId",
                        sent -> sent.remove("contactId")),
                invalid(DeskReferralSent.class, "a need category twice", "categories",
                        sent -> sent.withArray("categories").add("INCOME")),
                invalid(DeskReferralAcknowledged.class, "no district", "districtId",
                        acknowledged -> acknowledged.remove("districtId")),
                invalid(DeskReferralAcknowledged.class, "an empty recordedBy", "recordedBy",
                        acknowledged -> acknowledged.put("recordedBy", "")));
    }

    private static ObjectNode consent(ObjectNode referralSent) {
        return (ObjectNode) referralSent.get("consent");
    }
}
