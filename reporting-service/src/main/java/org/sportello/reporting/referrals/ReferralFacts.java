package org.sportello.reporting.referrals;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.sportello.contracts.referral.v1.DeskReferralAcknowledged;
import org.sportello.contracts.referral.v1.DeskReferralSent;
import org.sportello.contracts.referral.v1.ReferralAccepted;
import org.sportello.contracts.referral.v1.ReferralCompleted;
import org.sportello.contracts.referral.v1.ReferralConsentWithdrawn;
import org.sportello.contracts.referral.v1.ReferralOverdue;
import org.sportello.contracts.referral.v1.ReferralRejected;
import org.sportello.contracts.referral.v1.ReferralSent;
import org.sportello.contracts.referral.v1.ReferralWithdrawn;
import org.sportello.contracts.referral.v1.RejectionReason;
import org.sportello.contracts.referral.v1.ServiceType;
import org.sportello.platform.consuming.UnusableEvent;
import org.sportello.platform.json.ContractJson;
import org.sportello.reporting.referrals.ReferralFact.Fate;
import org.sportello.reporting.research.ReportingMonth;

/**
 * Reads referral's published events into {@link ReferralFact}s: the one place here that knows the
 * contracts. The values already conform to their schemas; what is checked here is what the
 * schemas cannot say and the tables would refuse, since a refused value would fail its batch on
 * every retry.
 *
 * <p>{@code ProviderRegistered} is passed over: {@code ReferralSent} carries the provider's service
 * type, so the funnel needs no registry. Nothing about the citizen, the case, the provider or the
 * consent is kept.
 */
final class ReferralFacts {

    static final Set<String> TYPES = Set.of(ReferralSent.TYPE, ReferralAccepted.TYPE, ReferralRejected.TYPE,
            ReferralCompleted.TYPE, ReferralWithdrawn.TYPE, ReferralConsentWithdrawn.TYPE, ReferralOverdue.TYPE,
            DeskReferralSent.TYPE, DeskReferralAcknowledged.TYPE);

    /**
     * The contract's service types, in its order: a version never gains or loses a code, so the
     * report may trust this list to be complete.
     */
    static final List<String> SERVICE_TYPES = Arrays.stream(ServiceType.values()).map(Enum::name).toList();

    /** The contract's rejection reasons, in its order. */
    static final List<String> REJECTION_REASONS = Arrays.stream(RejectionReason.values()).map(Enum::name).toList();

    private ReferralFacts() {
    }

    static ReferralFact read(String type, byte[] json) {
        return switch (type) {
            case ReferralSent.TYPE -> {
                ReferralSent sent = value(json, ReferralSent.class);
                Instant sentAt = required("sentAt", sent.sentAt());
                yield new ReferralFact.Sent(sent.referralId(), sent.serviceType().name(), sentAt, month("sentAt", sentAt));
            }
            case ReferralAccepted.TYPE -> {
                ReferralAccepted accepted = value(json, ReferralAccepted.class);
                yield new ReferralFact.Answered(accepted.referralId(), required("acceptedAt", accepted.acceptedAt()),
                        null);
            }
            case ReferralRejected.TYPE -> {
                ReferralRejected rejected = value(json, ReferralRejected.class);
                yield new ReferralFact.Answered(rejected.referralId(), required("rejectedAt", rejected.rejectedAt()),
                        rejected.reason().name());
            }
            case ReferralCompleted.TYPE ->
                    new ReferralFact.Befell(value(json, ReferralCompleted.class).referralId(), Fate.COMPLETED);
            case ReferralWithdrawn.TYPE ->
                    new ReferralFact.Befell(value(json, ReferralWithdrawn.class).referralId(), Fate.WITHDRAWN);
            case ReferralConsentWithdrawn.TYPE ->
                    new ReferralFact.Befell(value(json, ReferralConsentWithdrawn.class).referralId(),
                            Fate.CONSENT_WITHDRAWN);
            case ReferralOverdue.TYPE ->
                    new ReferralFact.Befell(value(json, ReferralOverdue.class).referralId(), Fate.OVERDUE);
            case DeskReferralSent.TYPE -> {
                DeskReferralSent sent = value(json, DeskReferralSent.class);
                yield new ReferralFact.DeskSent(sent.deskReferralId(), sent.districtId(), month("sentAt", sent.sentAt()));
            }
            case DeskReferralAcknowledged.TYPE -> {
                DeskReferralAcknowledged acknowledged = value(json, DeskReferralAcknowledged.class);
                yield new ReferralFact.DeskAcknowledged(acknowledged.deskReferralId(), acknowledged.districtId());
            }
            default -> throw new UnusableEvent("the referral reports do not read " + type);
        };
    }

    private static <T> T value(byte[] json, Class<T> type) {
        T value = ContractJson.read(json, type);
        if (value == null) {
            throw new UnusableEvent("the value is JSON null");
        }
        return value;
    }

    private static YearMonth month(String field, Instant instant) {
        YearMonth month = ReportingMonth.of(required(field, instant));
        // Months are stored as YYYY-MM text: a five-digit or negative year would not sort as one.
        if (month.getYear() < 1 || month.getYear() > 9999) {
            throw new UnusableEvent(field + " " + instant + " is not in the years 0001 to 9999");
        }
        return month;
    }

    private static Instant required(String field, Instant instant) {
        if (instant == null) {
            throw new UnusableEvent(field + " is missing");
        }
        return instant;
    }
}
