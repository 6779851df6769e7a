package org.sportello.referral.known;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads {@code known_office}, {@code known_municipality} and {@code known_district} in the caller's
 * transaction.
 *
 * <p>A read model fed from Kafka deciding a command is acceptable here for the reason intake gives:
 * scheduling creates districts, municipalities and offices and never deletes or moves one, so these
 * tables only grow, and the one way they can be wrong is "published a moment ago, not here yet".
 * That refusal is a 422 that the same request, repeated once the event has arrived, turns into a
 * success. An office whose municipality has not arrived yet is not known yet: without it the
 * office's district, which every rule here asks, is unknown.
 */
@Component
class JdbcKnownOffices implements KnownOffices {

    private final JdbcClient jdbc;

    JdbcKnownOffices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<KnownOffice> office(String officeId) {
        return jdbc.sql("""
                        SELECT o.office_id, o.municipality_id, m.district_id, o.kind FROM known_office o
                        JOIN known_municipality m ON m.municipality_id = o.municipality_id WHERE o.office_id = ?""")
                .param(officeId)
                .query((rs, n) -> new KnownOffice(rs.getString("office_id"), rs.getString("municipality_id"),
                        rs.getString("district_id"), KnownOffice.OfficeKind.valueOf(rs.getString("kind"))))
                .optional();
    }

    @Override
    public boolean districtExists(String districtId) {
        return jdbc.sql("SELECT 1 FROM known_district WHERE district_id = ?")
                .param(districtId)
                .query()
                .optionalValue()
                .isPresent();
    }

    @Override
    public Optional<String> districtOf(String municipalityId) {
        return jdbc.sql("SELECT district_id FROM known_municipality WHERE municipality_id = ?")
                .param(municipalityId)
                .query(String.class)
                .optional();
    }
}
