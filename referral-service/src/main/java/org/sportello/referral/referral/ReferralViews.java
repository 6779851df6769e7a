package org.sportello.referral.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.sportello.referral.provider.ServiceType;
import org.sportello.referral.need.NeedCategory;
import org.sportello.referral.need.UserArea;

/** What the referral API answers: the office's full view, the provider's narrow one, and list summaries. */
public final class ReferralViews {

    private ReferralViews() {
    }

    public record ReasonView(UserArea userArea, @ArraySchema(minItems = 1, maxItems = 11) List<NeedCategory> categories) {
    }

    /** {@code witness} and {@code guardian} read {@value org.sportello.platform.personaldata.Personal#ERASED_TEXT} once erased. */
    public record ConsentView(ConsentGivenBy givenBy, Instant givenAt, ConsentForm form,
                              @Schema(maxLength = ReferralRequests.MAX_NAME, pattern = ReferralRequests.ONE_LINE, nullable = true) String witness,
                              @Schema(maxLength = ReferralRequests.MAX_NAME, pattern = ReferralRequests.ONE_LINE, nullable = true) String guardian,
                              @ArraySchema(minItems = 1, maxItems = 3) List<ShareScope> shareScope) {
    }

    public enum Decision {
        ACCEPTED,
        REJECTED
    }

    /** The provider's first answer; {@code rejectionReason} only when it rejected. */
    public record AnswerView(Decision decision, AnswerSource source, RejectionReason rejectionReason, Instant at) {
    }

    /**
     * A referral as the sending office (and an administrator) reads it, personal details included:
     * each reads {@value org.sportello.platform.personaldata.Personal#ERASED_TEXT} once the citizen
     * was erased ({@code personalDataErased}). Reading them in clear is logged.
     */
    public record OperatorView(UUID referralId, ReferralState state, UUID caseId, UUID citizenId,
                               @Schema(maxLength = ReferralRequests.MAX_SLUG, pattern = ReferralRequests.SLUG) String providerId,
                               ServiceType serviceType,
                               @Schema(maxLength = ReferralRequests.MAX_SLUG, pattern = ReferralRequests.SLUG) String fromOfficeId,
                               ReasonView reason, ConsentView consent,
                               @Schema(maxLength = ReferralRequests.MAX_CONTACT, pattern = ReferralRequests.ONE_LINE, nullable = true) String sharedContact,
                               @Schema(maxLength = ReferralRequests.MAX_SUMMARY, pattern = ReferralRequests.TEXT, nullable = true) String caseSummary,
                               boolean personalDataErased, Instant sentAt, LocalDate dueBy,
                               @Schema(nullable = true) Instant overdueAt, @Schema(nullable = true) AnswerView answer,
                               @Schema(nullable = true) ReferralOutcome outcome, @Schema(nullable = true) Instant completedAt,
                               @Schema(nullable = true) WithdrawalReason withdrawalReason,
                               @Schema(nullable = true) Instant withdrawnAt,
                               @Schema(nullable = true) Instant consentWithdrawnAt) {
    }

    /**
     * A referral as its provider reads it: never the case, the citizen or the consent; of the rest,
     * only what the consent's share scope allows ({@code reason} for NEEDS, {@code sharedContact} for
     * CONTACT_DETAILS, {@code caseSummary} for CASE_SUMMARY), and none of it once consent was
     * withdrawn. What it may not see is left out of the answer altogether.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProviderView(UUID referralId, ReferralState state,
                               @Schema(maxLength = ReferralRequests.MAX_SLUG, pattern = ReferralRequests.SLUG) String providerId,
                               @Schema(maxLength = ReferralRequests.MAX_SLUG, pattern = ReferralRequests.SLUG) String fromOfficeId,
                               Instant sentAt, LocalDate dueBy, ReasonView reason,
                               @Schema(maxLength = ReferralRequests.MAX_CONTACT, pattern = ReferralRequests.ONE_LINE) String sharedContact,
                               @Schema(maxLength = ReferralRequests.MAX_SUMMARY, pattern = ReferralRequests.TEXT) String caseSummary) {
    }

    /** A line of an office's (or, for staff, a provider's) list: coded facts, no personal detail. */
    public record ReferralSummary(UUID referralId, ReferralState state,
                                  @Schema(maxLength = ReferralRequests.MAX_SLUG, pattern = ReferralRequests.SLUG) String providerId,
                                  ServiceType serviceType,
                                  @Schema(maxLength = ReferralRequests.MAX_SLUG, pattern = ReferralRequests.SLUG) String fromOfficeId,
                                  UUID caseId, Instant sentAt, LocalDate dueBy,
                                  @Schema(nullable = true) Instant overdueAt) {
    }
}
