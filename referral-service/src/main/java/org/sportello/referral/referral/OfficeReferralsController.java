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

/** An office's referrals, its overdue ones above all ({@code ?state=OVERDUE}), oldest deadline first. */
@RestController
public class OfficeReferralsController {

    private final ReferralProjection referrals;

    public OfficeReferralsController(ReferralProjection referrals) {
        this.referrals = referrals;
    }

    @GetMapping("/api/offices/{officeId}/referrals")
    public List<ReferralSummary> list(
            @PathVariable @Size(max = ReferralRequests.MAX_SLUG) @Pattern(regexp = ReferralRequests.SLUG) String officeId,
            @RequestParam(required = false) ReferralState state) {
        if (!CurrentCaller.hasRole(ReferralScope.ADMIN) && !CurrentCaller.offices().contains(officeId)) {
            throw new Forbidden("officeId", "is not one of the offices you work at");
        }
        return referrals.ofOffice(officeId, state);
    }
}
