package org.sportello.referral.referral;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.sportello.platform.caller.CurrentCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sportello.referral.access.Forbidden;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * A provider's referrals, oldest deadline first: to the provider's own account, as it sees each
 * (its narrow view, reads of shared details logged); to an operator, the summaries of those sent
 * from its offices; to an administrator, all summaries.
 */
@RestController
public class ProviderReferralsController {

    private final ReferralProjection referrals;
    private final ReferralReads reads;

    public ProviderReferralsController(ReferralProjection referrals, ReferralReads reads) {
        this.referrals = referrals;
        this.reads = reads;
    }

    @GetMapping("/api/providers/{providerId}/referrals")
    @ApiResponse(responseCode = "200", description = "The provider's referrals, the oldest deadline first: "
            + "summaries for staff, the provider's own view for the provider",
            content = @Content(mediaType = "application/json", array = @ArraySchema(maxItems = ReferralProjection.MAX_LISTED,
                    schema = @Schema(type = "object", oneOf = {ReferralViews.ReferralSummary.class, ReferralViews.ProviderView.class}))))
    public List<?> list(
            @PathVariable @Size(max = ReferralRequests.MAX_SLUG) @Pattern(regexp = ReferralRequests.SLUG) String providerId,
            @RequestParam(required = false) ReferralState state) {
        if (CurrentCaller.hasRole(ReferralScope.ADMIN)) {
            return referrals.ofProvider(providerId, state, null);
        }
        if (CurrentCaller.hasRole(ReferralScope.OPERATOR)) {
            return referrals.ofProvider(providerId, state, List.copyOf(CurrentCaller.offices()));
        }
        if (CurrentCaller.providerId().filter(providerId::equals).isEmpty()) {
            throw new Forbidden("providerId", "is not the provider your account answers for");
        }
        return reads.shown(referrals.providerViewsOf(providerId, state));
    }
}
