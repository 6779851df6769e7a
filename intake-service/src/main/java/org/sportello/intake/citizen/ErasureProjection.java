package org.sportello.intake.citizen;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.sportello.platform.personaldata.ErasureGround;
import org.sportello.platform.personaldata.ErasureRequest;
import org.sportello.platform.problem.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The register of erasures that administrators audit: who erased which citizen, when, on which
 * ground and under which reference. Written in the erasure's own transaction, and rebuilt with
 * intake's other read models; it holds no personal data, so it survives the erasures it lists.
 */
@Component
@ProcessingGroup("intake-projections")
public class ErasureProjection {

    /** The most erasures one listing answers. */
    public static final int MAX_LISTED = 1000;
    /** As wide as the {@code erasure} table's columns (operator ids are at most 64). */
    static final int MAX_ERASED_BY = 100;

    public record ErasureView(
            UUID citizenId, ErasureGround ground,
            @Schema(maxLength = ErasureRequest.MAX_REFERENCE, pattern = RegisterCitizenRequest.ONE_LINE) String reference,
            @Schema(maxLength = MAX_ERASED_BY, pattern = Problems.NO_CONTROL_CHARACTERS) String erasedBy,
            Instant erasedAt) {
    }

    private final JdbcClient jdbc;

    public ErasureProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first erasure of a citizen is the one: a second event for them (re-applied after a restore) adds nothing. */
    @EventHandler
    void on(CitizenErased event) {
        jdbc.sql("""
                INSERT INTO erasure (citizen_id, ground, reference, erased_by, erased_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (citizen_id) DO NOTHING""")
                .params(event.citizenId().value(), event.ground().name(), event.reference(), event.erasedBy(),
                        Timestamp.from(event.erasedAt()))
                .update();
    }

    /** Oldest first, so that paging with {@code offset} stays put while new erasures come in at the end. */
    public List<ErasureView> list(int limit, int offset) {
        return jdbc.sql("SELECT * FROM erasure ORDER BY erased_at, citizen_id LIMIT ? OFFSET ?")
                .params(limit, offset)
                .query((rs, n) -> new ErasureView(rs.getObject("citizen_id", UUID.class),
                        ground(rs.getString("ground")), rs.getString("reference"), rs.getString("erased_by"),
                        rs.getTimestamp("erased_at").toInstant()))
                .list();
    }

    private static ErasureGround ground(String stored) {
        try {
            return ErasureGround.valueOf(stored);
        } catch (IllegalArgumentException retired) {
            return ErasureGround.UNRECOGNISED;
        }
    }
}
