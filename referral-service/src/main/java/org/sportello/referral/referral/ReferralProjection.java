package org.sportello.referral.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.sportello.platform.personaldata.Personal;
import org.sportello.platform.personaldata.PersonalDataCipher;
import org.sportello.referral.ReferralProjections;
import org.sportello.referral.provider.ServiceType;
import org.sportello.referral.referral.ReferralViews.AnswerView;
import org.sportello.referral.referral.ReferralViews.ConsentView;
import org.sportello.referral.referral.ReferralViews.Decision;
import org.sportello.referral.referral.ReferralViews.OperatorView;
import org.sportello.referral.referral.ReferralViews.ProviderView;
import org.sportello.referral.referral.ReferralViews.ReasonView;
import org.sportello.referral.referral.ReferralViews.ReferralSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sportello.referral.need.NeedCategory;
import org.sportello.referral.need.UserArea;

/**
 * Referrals as offices and providers follow them ({@code referral}), written in the command's own
 * transaction (subscribing), so that the answer to a command already shows it. The personal
 * details are stored as the events' ciphertexts and opened only to answer a read.
 */
@Component
@ProcessingGroup(ReferralProjections.GROUP)
public class ReferralProjection {

    /** The tables this read model writes, and a rebuild empties. */
    public static final List<String> TABLES = List.of("referral");
    /** The most referrals a list answers; the oldest deadlines come first, so nothing urgent is cut. */
    public static final int MAX_LISTED = 1000;

    /** Who a referral concerns, for scoping before anything else is read. */
    record Scope(String fromOfficeId, String providerId) {
    }

    /** A view, the citizen whose details it holds, and which of them it shows in clear (to log the read). */
    record Read<V>(V view, UUID citizenId, List<String> shownInClear) {
    }

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    public ReferralProjection(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @EventHandler
    void on(ReferralSent event) {
        Consent consent = event.consent();
        jdbc.sql("""
                INSERT INTO referral (referral_id, state, case_id, citizen_id, provider_id, service_type, from_office_id,
                  user_area, categories, consent_given_by, consent_given_at, consent_form, witness, guardian, share_scope,
                  shared_contact, case_summary, sent_at, due_by, deadline_passes_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.referralId().value(), ReferralState.SENT.name(), event.caseId(), event.citizenId(),
                        event.providerId(), event.serviceType().name(), event.fromOfficeId(),
                        event.reason().userArea().name(), codes(event.reason().categories()),
                        consent.givenBy().name(), Timestamp.from(consent.givenAt()), consent.form().name(),
                        sealed(consent.witness()), sealed(consent.guardian()), codes(consent.shareScope()),
                        sealed(event.sharedContact()), sealed(event.caseSummary()), Timestamp.from(event.sentAt()),
                        event.dueBy(), Timestamp.from(event.deadlinePassesAt()))
                .update();
    }

    @EventHandler
    void on(ReferralOverdue event) {
        jdbc.sql("UPDATE referral SET state = ?, overdue_at = ? WHERE referral_id = ?")
                .params(ReferralState.OVERDUE.name(), Timestamp.from(event.overdueAt()), event.referralId().value())
                .update();
    }

    @EventHandler
    void on(ReferralAccepted event) {
        jdbc.sql("UPDATE referral SET state = ?, answer_decision = ?, answer_source = ?, answered_at = ? WHERE referral_id = ?")
                .params(ReferralState.ACCEPTED.name(), Decision.ACCEPTED.name(), event.source().name(),
                        Timestamp.from(event.acceptedAt()), event.referralId().value())
                .update();
    }

    @EventHandler
    void on(ReferralRejected event) {
        jdbc.sql("""
                UPDATE referral SET state = ?, answer_decision = ?, answer_source = ?, rejection_reason = ?, answered_at = ?
                 WHERE referral_id = ?""")
                .params(ReferralState.REJECTED.name(), Decision.REJECTED.name(), event.source().name(),
                        event.reason().name(), Timestamp.from(event.rejectedAt()), event.referralId().value())
                .update();
    }

    @EventHandler
    void on(ReferralCompleted event) {
        jdbc.sql("UPDATE referral SET state = ?, outcome = ?, completed_at = ? WHERE referral_id = ?")
                .params(ReferralState.COMPLETED.name(), event.outcome().name(), Timestamp.from(event.completedAt()),
                        event.referralId().value())
                .update();
    }

    @EventHandler
    void on(ReferralWithdrawn event) {
        jdbc.sql("UPDATE referral SET state = ?, withdrawal_reason = ?, withdrawn_at = ? WHERE referral_id = ?")
                .params(ReferralState.WITHDRAWN.name(), event.reason().name(), Timestamp.from(event.withdrawnAt()),
                        event.referralId().value())
                .update();
    }

    @EventHandler
    void on(ReferralConsentWithdrawn event) {
        jdbc.sql("UPDATE referral SET state = ?, consent_withdrawn_at = ? WHERE referral_id = ?")
                .params(ReferralState.CONSENT_WITHDRAWN.name(), Timestamp.from(event.withdrawnAt()),
                        event.referralId().value())
                .update();
    }

    /**
     * The ciphertexts stay: the key is shredded, so they no longer open, and a read shows which
     * details there were, each as erased.
     */
    @EventHandler
    void on(ReferralPersonalDataErased event) {
        jdbc.sql("UPDATE referral SET personal_data_erased = TRUE WHERE referral_id = ?")
                .param(event.referralId().value())
                .update();
    }

    Optional<Scope> scopeOf(ReferralId referralId) {
        return jdbc.sql("SELECT from_office_id, provider_id FROM referral WHERE referral_id = ?")
                .param(referralId.value())
                .query((rs, n) -> new Scope(rs.getString("from_office_id"), rs.getString("provider_id")))
                .optional();
    }

    Optional<Read<OperatorView>> operatorView(ReferralId referralId) {
        return one(referralId, this::operatorView);
    }

    Optional<Read<ProviderView>> providerView(ReferralId referralId) {
        return one(referralId, this::providerView);
    }

    /** The office's referrals, in one state or all, oldest deadline first. */
    List<ReferralSummary> ofOffice(String officeId, ReferralState state) {
        return jdbc.sql("SELECT * FROM referral WHERE from_office_id = ? AND (CAST(? AS VARCHAR) IS NULL OR state = ?) "
                        + "ORDER BY due_by, sent_at, referral_id LIMIT ?")
                .params(officeId, name(state), name(state), MAX_LISTED)
                .query((rs, n) -> summary(rs))
                .list();
    }

    /**
     * The provider's referrals, in one state or all, oldest deadline first; only those sent from
     * {@code offices} unless it is null (every office).
     */
    List<ReferralSummary> ofProvider(String providerId, ReferralState state, List<String> offices) {
        return jdbc.sql("SELECT * FROM referral WHERE provider_id = ? AND (CAST(? AS VARCHAR) IS NULL OR state = ?) "
                        + "AND (CAST(? AS BOOLEAN) OR from_office_id = ANY (?)) "
                        + "ORDER BY due_by, sent_at, referral_id LIMIT ?")
                .params(providerId, name(state), name(state), offices == null,
                        offices == null ? new String[0] : offices.toArray(String[]::new), MAX_LISTED)
                .query((rs, n) -> summary(rs))
                .list();
    }

    /** The provider's referrals as it reads them, oldest deadline first. */
    List<Read<ProviderView>> providerViewsOf(String providerId, ReferralState state) {
        return jdbc.sql("SELECT * FROM referral WHERE provider_id = ? AND (CAST(? AS VARCHAR) IS NULL OR state = ?) "
                        + "ORDER BY due_by, sent_at, referral_id LIMIT ?")
                .params(providerId, name(state), name(state), MAX_LISTED)
                .query((rs, n) -> providerView(rs))
                .list();
    }

    /** The referrals of a citizen, for their erasure. */
    List<ReferralId> ofCitizen(UUID citizenId) {
        return jdbc.sql("SELECT referral_id FROM referral WHERE citizen_id = ? ORDER BY referral_id")
                .param(citizenId)
                .query((rs, n) -> new ReferralId(rs.getObject("referral_id", UUID.class)))
                .list();
    }

    /** Referrals still waiting for a first answer whose deadline passed by {@code at}, after {@code after} in that order. */
    List<Waiting> waitingPastDeadline(Instant at, Waiting after, int limit) {
        return jdbc.sql("""
                SELECT referral_id, deadline_passes_at FROM referral
                 WHERE state = 'SENT' AND deadline_passes_at <= ?
                   AND (deadline_passes_at, referral_id) > (?, ?)
                 ORDER BY deadline_passes_at, referral_id LIMIT ?""")
                .params(Timestamp.from(at), Timestamp.from(after.deadlinePassesAt()), after.referralId(), limit)
                .query((rs, n) -> new Waiting(rs.getTimestamp("deadline_passes_at").toInstant(),
                        rs.getObject("referral_id", UUID.class)))
                .list();
    }

    /** A position in the deadline check's walk through the waiting referrals. */
    record Waiting(Instant deadlinePassesAt, UUID referralId) {

        static final Waiting START = new Waiting(Instant.parse("0001-01-01T00:00:00Z"), new UUID(0, 0));
    }

    private <V> Optional<Read<V>> one(ReferralId referralId, RowMapper<V> mapper) {
        return jdbc.sql("SELECT * FROM referral WHERE referral_id = ?")
                .param(referralId.value())
                .query((rs, n) -> mapper.map(rs))
                .optional();
    }

    @FunctionalInterface
    private interface RowMapper<V> {
        Read<V> map(ResultSet rs) throws SQLException;
    }

    private Read<OperatorView> operatorView(ResultSet rs) throws SQLException {
        UUID citizenId = rs.getObject("citizen_id", UUID.class);
        Details details = new Details(citizenId, rs);
        String witness = details.text("witness");
        String guardian = details.text("guardian");
        String sharedContact = details.text("shared_contact");
        String caseSummary = details.text("case_summary");
        String decision = rs.getString("answer_decision");
        AnswerView answer = decision == null ? null : new AnswerView(Decision.valueOf(decision),
                AnswerSource.valueOf(rs.getString("answer_source")),
                code(rs.getString("rejection_reason"), RejectionReason::valueOf), instant(rs, "answered_at"));
        OperatorView view = new OperatorView(rs.getObject("referral_id", UUID.class), state(rs),
                rs.getObject("case_id", UUID.class), citizenId, rs.getString("provider_id"), serviceType(rs),
                rs.getString("from_office_id"), reason(rs),
                new ConsentView(ConsentGivenBy.valueOf(rs.getString("consent_given_by")),
                        instant(rs, "consent_given_at"), ConsentForm.valueOf(rs.getString("consent_form")), witness,
                        guardian, shareScope(rs)),
                sharedContact, caseSummary, rs.getBoolean("personal_data_erased") || details.anyErased(),
                instant(rs, "sent_at"), rs.getObject("due_by", java.time.LocalDate.class), instant(rs, "overdue_at"),
                answer, code(rs.getString("outcome"), ReferralOutcome::valueOf), instant(rs, "completed_at"),
                code(rs.getString("withdrawal_reason"), WithdrawalReason::valueOf), instant(rs, "withdrawn_at"),
                instant(rs, "consent_withdrawn_at"));
        return new Read<>(view, citizenId, details.shownInClear());
    }

    private Read<ProviderView> providerView(ResultSet rs) throws SQLException {
        UUID citizenId = rs.getObject("citizen_id", UUID.class);
        ReferralState state = state(rs);
        List<ShareScope> scope = state == ReferralState.CONSENT_WITHDRAWN ? List.of() : shareScope(rs);
        Details details = new Details(citizenId, rs);
        ProviderView view = new ProviderView(rs.getObject("referral_id", UUID.class), state,
                rs.getString("provider_id"), rs.getString("from_office_id"), instant(rs, "sent_at"),
                rs.getObject("due_by", java.time.LocalDate.class),
                scope.contains(ShareScope.NEEDS) ? reason(rs) : null,
                scope.contains(ShareScope.CONTACT_DETAILS) ? details.text("shared_contact") : null,
                scope.contains(ShareScope.CASE_SUMMARY) ? details.text("case_summary") : null);
        return new Read<>(view, citizenId, details.shownInClear());
    }

    private static ReferralSummary summary(ResultSet rs) throws SQLException {
        return new ReferralSummary(rs.getObject("referral_id", UUID.class), state(rs), rs.getString("provider_id"),
                serviceType(rs), rs.getString("from_office_id"), rs.getObject("case_id", UUID.class),
                instant(rs, "sent_at"), rs.getObject("due_by", java.time.LocalDate.class), instant(rs, "overdue_at"));
    }

    /**
     * The sealed details of one row, opened only when a view shows them; remembers which it showed
     * in clear (for the read log) and whether any was erased.
     */
    private final class Details {

        private final UUID citizenId;
        private final ResultSet rs;
        private final List<String> shown = new ArrayList<>();
        private boolean erased;

        Details(UUID citizenId, ResultSet rs) {
            this.citizenId = citizenId;
            this.rs = rs;
        }

        String text(String column) throws SQLException {
            byte[] sealed = rs.getBytes(column);
            if (sealed == null) {
                return null;
            }
            Personal<String> value = cipher.open(ReferralId.subjectOf(citizenId), sealed, String.class);
            if (value.isErased()) {
                erased = true;
                return Personal.ERASED_TEXT;
            }
            shown.add(column.replace('_', ' '));
            return value.value();
        }

        boolean anyErased() throws SQLException {
            // Details a view did not open may be erased too: ask the key, once, through any of them.
            for (String column : List.of("witness", "guardian", "shared_contact", "case_summary")) {
                byte[] sealed = rs.getBytes(column);
                if (sealed != null) {
                    return erased || cipher.open(ReferralId.subjectOf(citizenId), sealed, String.class).isErased();
                }
            }
            return erased;
        }

        List<String> shownInClear() {
            return List.copyOf(shown);
        }
    }

    private static ReasonView reason(ResultSet rs) throws SQLException {
        return new ReasonView(UserArea.valueOf(rs.getString("user_area")),
                decode(rs.getString("categories"), NeedCategory::valueOf));
    }

    private static List<ShareScope> shareScope(ResultSet rs) throws SQLException {
        return decode(rs.getString("share_scope"), ShareScope::valueOf);
    }

    private static ReferralState state(ResultSet rs) throws SQLException {
        return ReferralState.valueOf(rs.getString("state"));
    }

    private static ServiceType serviceType(ResultSet rs) throws SQLException {
        return ServiceType.valueOf(rs.getString("service_type"));
    }

    private byte[] sealed(Personal<String> personal) {
        return personal == null ? null : cipher.seal(personal);
    }

    private static String codes(List<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static <E> List<E> decode(String codes, Function<String, E> valueOf) {
        return codes.isEmpty() ? List.of() : Arrays.stream(codes.split(",")).map(valueOf).toList();
    }

    private static <E> E code(String stored, Function<String, E> valueOf) {
        return stored == null ? null : valueOf.apply(stored);
    }

    private static String name(ReferralState state) {
        return state == null ? null : state.name();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
