package org.sportello.launcher.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

import org.sportello.contracts.intake.v1.Need;
import org.sportello.contracts.intake.v1.NeedCategory;

/**
 * Which of the demo's open cases are referred to which provider, with what consent, and what becomes of
 * each referral: a pure function of the seed and the cases, so a seed gives the same mix every time.
 *
 * <p>A case is a candidate when a contact in it ended with the outcome REFERRAL and it is still open
 * (not closed, its citizen not erased) when the contacts are all recorded. Referrals are sent now: the
 * API takes no past sending time, so they all fall in the current month. The provider is the district's
 * service for the need (work to the employment centre, housing to housing, income to food and basic needs
 * where a partner has it, documents to a CAF or patronato, digital access to a digital facilitation point,
 * otherwise by user area). Fates: most are accepted and many of those completed; some rejected with a
 * reason; some withdrawn by the office; a few citizens withdraw their consent; some are left unanswered
 * (those to a provider with a one-working-day deadline become overdue on the second working day).
 */
public final class ReferralScenario {

    /** At most this many referrals, the latest candidates first: enough for every report row, quick to send. */
    static final int MAX_REFERRALS = 240;

    /** A case the demo left open after a contact that ended in REFERRAL. */
    public record Candidate(int story, UUID citizenId, UUID caseId, String operatorId, String officeId,
                            String districtId, Need need, String phone, Instant contactAt) {
    }

    /** The consent as {@code POST /api/referrals} takes it; {@code witness} and {@code guardian} may be null. */
    public record Consent(String givenBy, Instant givenAt, String form, String witness, String guardian,
                          List<String> shareScope) {
    }

    public enum Fate {
        UNANSWERED,
        REJECTED,
        ACCEPTED,
        COMPLETED,
        WITHDRAWN_BEFORE_ANSWER,
        WITHDRAWN_AFTER_ACCEPTANCE,
        CONSENT_WITHDRAWN
    }

    /**
     * One referral to send and play: {@code sharedContact} and {@code caseSummary} only with their scope;
     * {@code code} is the rejection reason, completion outcome or withdrawal reason its fate needs.
     */
    public record Planned(Candidate candidate, Providers.Provider provider, Consent consent, String sharedContact,
                          String caseSummary, Fate fate, String code) {
    }

    private static final String[] WITNESSES = {"Laura Bianchi, educatrice", "Paolo Ferri, assistente sociale",
            "Giulia Conti, operatrice di sportello", "Marco Villa, educatore"};
    private static final String[] GUARDIANS = {"Anna Colombo (madre)", "Luca Brambilla (padre)",
            "Avv. Silvia Riva, amministratrice di sostegno", "Franco Galli, tutore"};

    private ReferralScenario() {
    }

    public static List<Planned> plan(long seed, List<Candidate> candidates, Providers providers) {
        SplittableRandom random = new SplittableRandom(seed * 31 + 11);
        List<Candidate> latest = candidates.stream()
                .sorted(Comparator.comparing(Candidate::contactAt).reversed().thenComparing(Candidate::story))
                .limit(MAX_REFERRALS).sorted(Comparator.comparing(Candidate::story)).toList();
        List<Planned> planned = new ArrayList<>();
        for (Candidate candidate : latest) {
            Optional<Providers.Provider> provider = providers.of(candidate.districtId(), serviceType(candidate.need(),
                    candidate.districtId(), providers));
            if (provider.isEmpty()) {
                continue;
            }
            planned.add(plan(random, candidate, provider.get()));
        }
        return planned;
    }

    /** The service a need is referred to in a district: its categories first, then its user area. */
    static String serviceType(Need need, String districtId, Providers providers) {
        List<NeedCategory> categories = need.categories();
        if (categories.contains(NeedCategory.WORK)) {
            return "EMPLOYMENT_CENTRE";
        }
        if (categories.contains(NeedCategory.HOUSING)) {
            return "HOUSING";
        }
        if (categories.contains(NeedCategory.DIGITAL_ACCESS)) {
            return "DIGITAL_FACILITATION";
        }
        if (categories.contains(NeedCategory.DOCUMENTS_AND_LEGAL)) {
            return "LEGAL_AND_TAX_HELP";
        }
        if (categories.contains(NeedCategory.INCOME) && providers.of(districtId, "FOOD_AND_BASIC_NEEDS").isPresent()) {
            return "FOOD_AND_BASIC_NEEDS";
        }
        return switch (need.userArea()) {
            case FAMILY_AND_MINORS -> "MINORS_PROTECTION";
            case DISABILITY -> "DISABILITY";
            case ADDICTIONS -> "ADDICTIONS";
            case ELDERLY -> "ELDERLY_CARE";
            case IMMIGRANTS -> "LEGAL_AND_TAX_HELP";
            case POVERTY_AND_ADULT_HARDSHIP, MULTI_AREA -> categories.contains(NeedCategory.HEALTH)
                    ? "MENTAL_HEALTH" : "EMPLOYMENT_CENTRE";
        };
    }

    private static Planned plan(SplittableRandom random, Candidate candidate, Providers.Provider provider) {
        boolean guardian = provider.serviceType().equals("MINORS_PROTECTION")
                || (provider.serviceType().equals("DISABILITY") || provider.serviceType().equals("ELDERLY_CARE"))
                && random.nextDouble() < 0.25;
        String form = pick(random, new String[] {"SIGNED", "VERBAL_WITH_WITNESS", "DIGITAL"}, 60, 25, 15);
        List<String> scope = new ArrayList<>();
        if (random.nextDouble() < 0.95) {
            scope.add("NEEDS");
        }
        boolean contact = candidate.phone() != null && random.nextDouble() < 0.7;
        if (contact) {
            scope.add("CONTACT_DETAILS");
        }
        boolean summary = random.nextDouble() < 0.35 || scope.isEmpty();
        if (summary) {
            scope.add("CASE_SUMMARY");
        }
        Consent consent = new Consent(guardian ? "LEGAL_GUARDIAN" : "CITIZEN", candidate.contactAt(), form,
                form.equals("VERBAL_WITH_WITNESS") ? WITNESSES[random.nextInt(WITNESSES.length)] : null,
                guardian ? GUARDIANS[random.nextInt(GUARDIANS.length)] : null, List.copyOf(scope));
        String sharedContact = contact ? "tel. " + candidate.phone() + ", mattina" : null;
        String caseSummary = summary ? summary(candidate.need()) : null;

        // A provider that must answer by the next working day is left unanswered more often: the overdue list.
        double unanswered = provider.deadline() != null && provider.deadline() <= 2 ? 0.35 : 0.12;
        double r = random.nextDouble();
        Fate fate;
        String code = null;
        if (r < 0.05) {
            fate = Fate.WITHDRAWN_BEFORE_ANSWER;
            code = pick(random, new String[] {"NO_LONGER_NEEDED", "CITIZEN_REQUEST", "SENT_IN_ERROR", "OTHER"},
                    45, 30, 15, 10);
        } else if (r < 0.08) {
            fate = Fate.CONSENT_WITHDRAWN;
        } else if (r < 0.08 + unanswered) {
            fate = Fate.UNANSWERED;
        } else if (r < 0.20 + unanswered) {
            fate = Fate.REJECTED;
            code = pick(random, new String[] {"NOT_COMPETENT", "NO_CAPACITY", "NOT_ELIGIBLE", "DUPLICATE", "OTHER"},
                    30, 30, 20, 5, 15);
        } else {
            double after = random.nextDouble();
            if (after < 0.55) {
                fate = Fate.COMPLETED;
                code = pick(random, new String[] {"SERVICE_STARTED", "CITIZEN_DID_NOT_GO", "CITIZEN_DECLINED",
                        "REDIRECTED", "OTHER"}, 65, 15, 8, 7, 5);
            } else if (after < 0.63) {
                fate = Fate.WITHDRAWN_AFTER_ACCEPTANCE;
                code = "CITIZEN_REQUEST";
            } else {
                fate = Fate.ACCEPTED;
            }
        }
        return new Planned(candidate, provider, consent, sharedContact, caseSummary, fate, code);
    }

    private static String summary(Need need) {
        String area = switch (need.userArea()) {
            case FAMILY_AND_MINORS -> "famiglia e minori";
            case DISABILITY -> "disabilità";
            case ADDICTIONS -> "dipendenze";
            case ELDERLY -> "anziani";
            case IMMIGRANTS -> "immigrazione";
            case POVERTY_AND_ADULT_HARDSHIP -> "povertà e disagio adulto";
            case MULTI_AREA -> "più aree";
        };
        return "Persona seguita dal segretariato sociale (area " + area + "); primo colloquio svolto, invio concordato "
                + "con la persona.";
    }

    private static String pick(SplittableRandom random, String[] values, int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
