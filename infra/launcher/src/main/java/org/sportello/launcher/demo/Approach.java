package org.sportello.launcher.demo;

import static org.sportello.contracts.intake.v1.ContactOutcome.APPOINTMENT_PROPOSED;
import static org.sportello.contracts.intake.v1.ContactOutcome.DOCUMENTS_REQUESTED;
import static org.sportello.contracts.intake.v1.ContactOutcome.ECONOMIC_SUPPORT_REQUESTED;
import static org.sportello.contracts.intake.v1.ContactOutcome.ELIGIBILITY_CHECK;
import static org.sportello.contracts.intake.v1.ContactOutcome.INFORMATION_GIVEN;
import static org.sportello.contracts.intake.v1.ContactOutcome.NOT_ELIGIBLE;
import static org.sportello.contracts.intake.v1.ContactOutcome.NO_FURTHER_ACTION;
import static org.sportello.contracts.intake.v1.ContactOutcome.ORIENTATION;
import static org.sportello.contracts.intake.v1.ContactOutcome.REFERRAL;
import static org.sportello.contracts.intake.v1.ContactOutcome.SHORT_SUPPORT_PATH;

import java.util.List;
import java.util.SplittableRandom;

import org.sportello.contracts.intake.v1.ContactOutcome;

/**
 * How a municipality's secretariat answers first access: the simulation's parameters behind the
 * care-versus-control indicators, so that the research finds in the demo what the university study found
 * (Monza's less centralised secretariat starts paths of help at the first interviews; a centralised one
 * such as Messina's screens first). Which share of first interviews goes one way or the other is each
 * office's {@link OfficeProfiles.Profile#careShare()}; this is what each way consists of there.
 *
 * @param name             what the README calls it
 * @param care             the outcome of a first interview that starts help (or only informs)
 * @param control          the outcome of a first interview that screens
 * @param economicScreening how often a first interview of someone in poverty also screens for economic
 *                         support
 * @param takenInCharge    how often the second interview, when there is one, takes the case in charge
 * @param secondInterview  its outcome otherwise
 * @param anonymous        the outcome of a contact from someone who gives no name
 * @param jointFamilies    how often a family's appointment has a social worker and an educator together
 *                         (half as often for disability)
 */
record Approach(String name, Weights care, Weights control, double economicScreening, double takenInCharge,
                Weights secondInterview, Weights anonymous, double jointFamilies) {

    /** Outcomes with their relative weights, drawn in this order so that a draw is reproducible. */
    record Weights(List<ContactOutcome> outcomes, List<Integer> weights) {

        Weights {
            if (outcomes.size() != weights.size()) {
                throw new IllegalArgumentException(outcomes + " and " + weights + " differ in length");
            }
            outcomes = List.copyOf(outcomes);
            weights = List.copyOf(weights);
        }

        /** One random draw, whatever the weights: a different approach keeps the streams in step. */
        ContactOutcome pick(SplittableRandom random) {
            int total = weights.stream().mapToInt(Integer::intValue).sum();
            int draw = random.nextInt(total);
            for (int i = 0; i < outcomes.size(); i++) {
                draw -= weights.get(i);
                if (draw < 0) {
                    return outcomes.get(i);
                }
            }
            return outcomes.get(outcomes.size() - 1);
        }
    }

    private static final List<ContactOutcome> FIRST_CARE = List.of(INFORMATION_GIVEN, ORIENTATION, SHORT_SUPPORT_PATH,
            APPOINTMENT_PROPOSED);
    private static final List<ContactOutcome> SECOND = List.of(SHORT_SUPPORT_PATH, ECONOMIC_SUPPORT_REQUESTED, REFERRAL,
            NOT_ELIGIBLE, NO_FURTHER_ACTION, ORIENTATION);
    private static final List<ContactOutcome> ANONYMOUS = List.of(INFORMATION_GIVEN, ORIENTATION, NO_FURTHER_ACTION);

    /**
     * Massa, Est Milano and Corsico: a first interview that does not screen often only informs; a third
     * of the cases followed up are taken in charge. (The demo's proportions before the research issue.)
     */
    static final Approach MIXED = new Approach("mixed",
            new Weights(FIRST_CARE, List.of(28, 22, 15, 35)),
            new Weights(List.of(DOCUMENTS_REQUESTED, ELIGIBILITY_CHECK, NOT_ELIGIBLE), List.of(40, 40, 20)),
            0.3, 0.32,
            new Weights(SECOND, List.of(30, 20, 15, 12, 10, 13)),
            new Weights(ANONYMOUS, List.of(60, 35, 5)), 0.4);

    /**
     * Monza: the first interview orients, opens a short support path or proposes an appointment, rarely
     * just informs; economic support is seldom screened for at once; more cases are taken in charge, and
     * families often meet a social worker and an educator together.
     */
    static final Approach CARE_LEANING = new Approach("care-leaning",
            new Weights(FIRST_CARE, List.of(10, 30, 25, 35)),
            new Weights(List.of(DOCUMENTS_REQUESTED, ELIGIBILITY_CHECK, NOT_ELIGIBLE), List.of(45, 40, 15)),
            0.15, 0.40,
            new Weights(SECOND, List.of(40, 10, 20, 5, 10, 15)),
            new Weights(ANONYMOUS, List.of(50, 45, 5)), 0.5);

    /**
     * Messina: the first interview asks for documents, checks eligibility (often: not eligible) or
     * screens for economic support; when it does not, it mostly informs; few cases are taken in charge,
     * the second interview screens again as often as it starts a path, and joint interviews are rare.
     */
    static final Approach CONTROL_LEANING = new Approach("control-leaning",
            new Weights(FIRST_CARE, List.of(45, 25, 10, 20)),
            new Weights(List.of(DOCUMENTS_REQUESTED, ELIGIBILITY_CHECK, NOT_ELIGIBLE, ECONOMIC_SUPPORT_REQUESTED),
                    List.of(35, 30, 20, 15)),
            0.6, 0.15,
            new Weights(SECOND, List.of(20, 30, 10, 20, 15, 5)),
            new Weights(ANONYMOUS, List.of(75, 15, 10)), 0.1);
}
