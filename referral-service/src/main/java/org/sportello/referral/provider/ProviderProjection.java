package org.sportello.referral.provider;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.sportello.referral.ReferralProjections;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The provider registry as staff, desks and providers read it, and as referrals find their
 * provider; written in the command's own transaction (subscribing group), so a provider is listed
 * the moment its registration answers.
 */
@Component
@ProcessingGroup(ReferralProjections.GROUP)
public class ProviderProjection {

    /** The most providers a list answers: far more than a district has; filter by district or type. */
    public static final int MAX_LISTED = 10_000;

    private final JdbcClient jdbc;

    public ProviderProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProviderRegistered event) {
        jdbc.sql("""
                        INSERT INTO provider (provider_id, name, kind, service_type, district_id, contact_channel,
                                              response_deadline_working_days, registered_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.providerId().value(), event.name(), event.kind().name(), event.serviceType().name(),
                        event.districtId(), event.contactChannel().name(), event.responseDeadlineWorkingDays(),
                        Timestamp.from(event.registeredAt()))
                .update();
        List<String> municipalities = event.municipalityIds();
        for (int i = 0; i < municipalities.size(); i++) {
            jdbc.sql("INSERT INTO provider_municipality (provider_id, position, municipality_id) VALUES (?, ?, ?)")
                    .params(event.providerId().value(), i, municipalities.get(i))
                    .update();
        }
    }

    public Optional<ProviderView> find(String providerId) {
        List<ProviderView> found = select("WHERE p.provider_id = :provider", Map.of("provider", providerId));
        return found.stream().findFirst();
    }

    /** Providers in id order, of one district and/or service type when given, at most {@link #MAX_LISTED}. */
    public List<ProviderView> list(String districtId, ServiceType serviceType) {
        Map<String, Object> params = new HashMap<>();
        params.put("district", districtId);
        params.put("type", serviceType == null ? null : serviceType.name());
        return select("WHERE (CAST(:district AS text) IS NULL OR p.district_id = :district) "
                + "AND (CAST(:type AS text) IS NULL OR p.service_type = :type)", params);
    }

    private List<ProviderView> select(String where, Map<String, Object> params) {
        List<Row> rows = jdbc.sql("SELECT p.* FROM provider p " + where + " ORDER BY p.provider_id LIMIT " + MAX_LISTED)
                .params(params)
                .query((rs, n) -> row(rs))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> municipalities = new HashMap<>();
        jdbc.sql("SELECT provider_id, municipality_id FROM provider_municipality WHERE provider_id = ANY(:ids) "
                        + "ORDER BY provider_id, position")
                .param("ids", rows.stream().map(Row::providerId).toArray(String[]::new))
                .query((ResultSet rs) -> {
                    municipalities.computeIfAbsent(rs.getString(1), any -> new ArrayList<>()).add(rs.getString(2));
                });
        return rows.stream().map(row -> row.view(municipalities.getOrDefault(row.providerId(), List.of()))).toList();
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString("provider_id"), rs.getString("name"), ProviderKind.valueOf(rs.getString("kind")),
                ServiceType.valueOf(rs.getString("service_type")), rs.getString("district_id"),
                ContactChannel.valueOf(rs.getString("contact_channel")), rs.getInt("response_deadline_working_days"),
                rs.getTimestamp("registered_at").toInstant());
    }

    private record Row(String providerId, String name, ProviderKind kind, ServiceType serviceType, String districtId,
                       ContactChannel contactChannel, int deadline, Instant registeredAt) {

        ProviderView view(List<String> municipalityIds) {
            return new ProviderView(providerId, name, kind, serviceType, districtId, List.copyOf(municipalityIds),
                    contactChannel, deadline, registeredAt);
        }
    }
}
