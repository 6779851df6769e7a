package org.sportello.referral.desk;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.sportello.referral.ReferralProjections;
import org.sportello.referral.desk.DeskReferralViews.DeskReferralView;
import org.sportello.referral.desk.DeskReferralViews.ReasonView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sportello.referral.need.NeedCategory;
import org.sportello.referral.need.UserArea;

/**
 * Desk referrals as the secretariat lists them and the desk follows them; written in the command's
 * own transaction (subscribing group), so a referral is listed the moment it is sent.
 */
@Component
@ProcessingGroup(ReferralProjections.GROUP)
public class DeskReferralProjection {

    /** The most a list answers: far more than an office receives in years; filter by state. */
    public static final int MAX_LISTED = 10_000;

    private final JdbcClient jdbc;

    public DeskReferralProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DeskReferralSent event) {
        String[] categories = event.reason().categories().stream().map(Enum::name).toArray(String[]::new);
        jdbc.sql("""
                        INSERT INTO desk_referral (desk_referral_id, contact_id, from_office_id, to_office_id, district_id,
                                                   user_area, categories, state, sent_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.deskReferralId().value(), event.contactId(), event.fromOfficeId(), event.toOfficeId(),
                        event.districtId(), event.reason().userArea().name(), categories,
                        DeskReferralState.SENT.name(), Timestamp.from(event.sentAt()))
                .update();
    }

    @EventHandler
    void on(DeskReferralAcknowledged event) {
        jdbc.sql("UPDATE desk_referral SET state = ?, acknowledged_at = ? WHERE desk_referral_id = ?")
                .params(DeskReferralState.ACKNOWLEDGED.name(), Timestamp.from(event.acknowledgedAt()),
                        event.deskReferralId().value())
                .update();
    }

    public Optional<DeskReferralView> find(UUID deskReferralId) {
        return jdbc.sql("SELECT * FROM desk_referral WHERE desk_referral_id = ?")
                .param(deskReferralId)
                .query((rs, n) -> view(rs))
                .optional();
    }

    /** The referrals sent to {@code officeId}, oldest first, of one state when given. */
    public List<DeskReferralView> incoming(String officeId, DeskReferralState state) {
        return jdbc.sql("SELECT * FROM desk_referral WHERE to_office_id = :office "
                        + "AND (CAST(:state AS text) IS NULL OR state = :state) "
                        + "ORDER BY sent_at, desk_referral_id LIMIT " + MAX_LISTED)
                .param("office", officeId)
                .param("state", state == null ? null : state.name())
                .query((rs, n) -> view(rs))
                .list();
    }

    private static DeskReferralView view(ResultSet rs) throws SQLException {
        Array array = rs.getArray("categories");
        List<NeedCategory> categories = Arrays.stream((String[]) array.getArray()).map(NeedCategory::valueOf).toList();
        Timestamp acknowledgedAt = rs.getTimestamp("acknowledged_at");
        return new DeskReferralView(rs.getObject("desk_referral_id", UUID.class),
                DeskReferralState.valueOf(rs.getString("state")), rs.getObject("contact_id", UUID.class),
                rs.getString("from_office_id"), rs.getString("to_office_id"), rs.getString("district_id"),
                new ReasonView(UserArea.valueOf(rs.getString("user_area")), categories),
                rs.getTimestamp("sent_at").toInstant(), acknowledgedAt == null ? null : acknowledgedAt.toInstant());
    }
}
