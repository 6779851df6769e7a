package org.sportello.referral.referral;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.sportello.platform.personaldata.Personal;
import org.sportello.platform.personaldata.SubjectId;
import org.sportello.referral.need.NeedCategory;
import org.sportello.referral.need.UserArea;
import org.sportello.platform.problem.Problems;

/** The bodies of the referral API's requests: shape and limits only; the rules are the referral's. */
public final class ReferralRequests {

    /** Providers' and offices' ids, as the registry and scheduling accept them. */
    public static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final int MAX_SLUG = 64;
    public static final int MAX_NAME = 200;
    public static final int MAX_CONTACT = 200;
    public static final int MAX_SUMMARY = 2000;
    /** A name or a contact: one line, no control characters. */
    public static final String ONE_LINE = Problems.NO_CONTROL_CHARACTERS;
    static final String ONE_LINE_MESSAGE = "must be one line without control characters";
    /** Free text on one or more lines: no control characters other than tabs and line breaks. */
    public static final String TEXT = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$";
    static final String TEXT_MESSAGE = "must not contain control characters other than tabs and line breaks";

    private ReferralRequests() {
    }

    public record ReasonRequest(@NotNull UserArea userArea,
                                @NotEmpty @Size(max = 11) List<@NotNull NeedCategory> categories) {

        ReferralReason reason() {
            return new ReferralReason(userArea, distinct(categories));
        }
    }

    /**
     * @param witness  the witness's name: required for VERBAL_WITH_WITNESS, and only then
     * @param guardian the guardian's name: required when given by a LEGAL_GUARDIAN, and only then
     */
    public record ConsentRequest(@NotNull ConsentGivenBy givenBy,
                                 @NotNull @Schema(description = "when consent was given; not in the future") Instant givenAt,
                                 @NotNull ConsentForm form,
                                 @Size(max = MAX_NAME) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE)
                                 @Schema(nullable = true) String witness,
                                 @Size(max = MAX_NAME) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE)
                                 @Schema(nullable = true) String guardian,
                                 @NotEmpty @Size(max = 3) List<@NotNull ShareScope> shareScope) {

        Consent consent(SubjectId citizen) {
            return new Consent(givenBy, givenAt, form, personal(citizen, witness), personal(citizen, guardian),
                    distinct(shareScope));
        }
    }

    /**
     * Body of {@code POST /api/referrals}. {@code consent} is not required in shape: a referral
     * without it is refused by rule (422, field {@code consent}), and nothing is written.
     * {@code sentAt}: when it was sent, for a referral recorded after the fact; by default now.
     */
    public record SendReferralRequest(@NotNull UUID caseId, @NotNull UUID citizenId,
                                      @NotBlank @Size(max = MAX_SLUG) @Pattern(regexp = SLUG) String providerId,
                                      @NotBlank @Size(max = MAX_SLUG) @Pattern(regexp = SLUG) String fromOfficeId,
                                      @NotNull @Valid ReasonRequest reason,
                                      @Valid @Schema(nullable = true) ConsentRequest consent,
                                      @Size(max = MAX_CONTACT) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE)
                                      @Schema(nullable = true, description = "only with CONTACT_DETAILS in shareScope")
                                      String sharedContact,
                                      @Size(max = MAX_SUMMARY) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
                                      @Schema(nullable = true, description = "only with CASE_SUMMARY in shareScope")
                                      String caseSummary,
                                      @Schema(nullable = true, description = SENT_AT) Instant sentAt) {

        SendReferral command(ReferralId referralId, Instant now) {
            SubjectId citizen = ReferralId.subjectOf(citizenId);
            return new SendReferral(referralId, caseId, citizenId, providerId, fromOfficeId, reason.reason(),
                    consent == null ? null : consent.consent(citizen), personal(citizen, sharedContact),
                    personal(citizen, caseSummary), orNow(sentAt, now), now);
        }
    }

    static final String SENT_AT = "when the referral was sent, if recorded after the fact: not in the future, "
            + "not beyond the backdating limit, not before consent.givenAt; by default now. dueBy counts from it";
    static final String ANSWERED_AT = "when the provider answered, if recorded after the fact: not in the future, "
            + "not before sentAt; by default now";
    static final String COMPLETED_AT = "when the referral ended, if recorded after the fact: not in the future, "
            + "not before the acceptance; by default now";
    static final String WITHDRAWN_AT = "when the office withdrew it, if recorded after the fact: not in the future, "
            + "not before sentAt (or the acceptance, once accepted); by default now";

    /** {@code source}: a provider answering itself, API or omitted; an operator recording its answer, PHONE or EMAIL. */
    public record AcceptRequest(@Schema(nullable = true) AnswerSource source,
                                @Schema(nullable = true, description = ANSWERED_AT) Instant answeredAt) {
    }

    public record RejectRequest(@NotNull RejectionReason reason, @Schema(nullable = true) AnswerSource source,
                                @Schema(nullable = true, description = ANSWERED_AT) Instant answeredAt) {
    }

    public record CompleteRequest(@NotNull ReferralOutcome outcome,
                                  @Schema(nullable = true, description = COMPLETED_AT) Instant completedAt) {
    }

    public record WithdrawRequest(@NotNull WithdrawalReason reason,
                                  @Schema(nullable = true, description = WITHDRAWN_AT) Instant withdrawnAt) {
    }

    /** {@code at}: when the citizen withdrew consent, if recorded after the fact; not in the future; by default now. */
    public record ConsentWithdrawnRequest(@Schema(nullable = true) Instant at) {
    }

    /** A time recorded after the fact, or the server's clock when none was given. */
    static Instant orNow(Instant given, Instant now) {
        return given == null ? now : given;
    }

    /** A blank text is no text: nothing personal is kept for it. */
    private static Personal<String> personal(SubjectId citizen, String text) {
        return text == null || text.isBlank() ? null : Personal.of(citizen, text.strip());
    }

    private static <E> List<E> distinct(List<E> codes) {
        return List.copyOf(new LinkedHashSet<>(codes));
    }
}
