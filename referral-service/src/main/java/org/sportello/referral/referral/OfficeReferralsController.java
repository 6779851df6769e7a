package org.sportello.referral.referral;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.sportello.platform.caller.CurrentCaller;
import org.sportello.referral.referral.ReferralViews.ReferralSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sportello.referral.access.Forbidden;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** An office's referrals, its overdue ones above all ({@code ?state=OVERDUE}), oldest deadline first. */
@RestController
public class OfficeReferralsController {

    private final ReferralProjection referrals;

    public OfficeReferralsController(ReferralProjection referrals) {
        this.referrals = referrals;
    }

    @GetMapping("/api/offices/{officeId}/referrals")
    @ApiResponse(responseCode = "200", description = "The office's referrals, the oldest deadline first",
            content = @Content(mediaType = "application/json", array = @ArraySchema(maxItems = ReferralProjection.MAX_LISTED,
                    schema = @Schema(implementation = ReferralSummary.class))))
    public List<ReferralSummary> list(
            @PathVariable @Size(max = ReferralRequests.MAX_SLUG) @Pattern(regexp = ReferralRequests.SLUG) String officeId,
            @RequestParam(required = false) ReferralState state) {
        if (!CurrentCaller.hasRole(ReferralScope.ADMIN) && !CurrentCaller.offices().contains(officeId)) {
            throw new Forbidden("officeId", "is not one of the offices you work at");
        }
        return referrals.ofOffice(officeId, state);
    }
}
