package org.sportello.referral.referral;

/**
 * Where an answer came from, as recorded: a provider with an account answers through the API
 * (and need not say so); a provider without one answers by phone or e-mail, and an operator
 * records it and says which, since the funnel tells the two apart.
 */
final class AnswerSourcePolicy {

    private AnswerSourcePolicy() {
    }

    static AnswerSource sourceOf(AnsweredBy answeredBy, AnswerSource given) {
        return switch (answeredBy) {
            case PROVIDER -> {
                if (given != null && given != AnswerSource.API) {
                    throw new InvalidAnswerSource("must be API or omitted when the provider answers itself");
                }
                yield AnswerSource.API;
            }
            case OFFICE -> {
                if (given == null || given == AnswerSource.API) {
                    throw new InvalidAnswerSource("must be PHONE or EMAIL when an operator records the provider's answer");
                }
                yield given;
            }
        };
    }
}
