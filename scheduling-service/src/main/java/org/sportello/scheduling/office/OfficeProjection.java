package org.sportello.scheduling.office;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.sportello.scheduling.SchedulingProjections;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The office registry as citizens and staff read it, and as appointments ask it for open slots;
 * written in the command's own transaction (subscribing group).
 */
@Component
@ProcessingGroup(SchedulingProjections.GROUP)
public class OfficeProjection {

    /** An office in a list; {@code central}: its municipality's central office of the secretariat. */
    public record OfficeSummary(@Schema(maxLength = OfficeId.MAX_LENGTH, pattern = OfficeId.SLUG) String officeId, @Schema(maxLength = OfficeId.MAX_LENGTH, pattern = OfficeId.SLUG) String municipalityId,
                                @Schema(maxLength = OfficeId.MAX_LENGTH, pattern = OfficeId.SLUG) String districtId, @Schema(maxLength = OfficeRequests.MAX_TEXT, pattern = OfficeRequests.ONE_LINE) String name,
                                @Schema(maxLength = OfficeRequests.MAX_TEXT, pattern = OfficeRequests.ONE_LINE) String address, OfficeKind kind, @Schema(maxLength = OfficeRequests.MAX_TEXT, pattern = OfficeRequests.ONE_LINE) String partnerName,
                                boolean central) {
    }

    /**
     * An office ({@code central}: its municipality's central office of the secretariat) with the hours in force today ({@code currentHours}, null when none are), every set of
     * hours in the order recorded, and its closures.
     */
    public record OfficeView(@Schema(maxLength = OfficeId.MAX_LENGTH, pattern = OfficeId.SLUG) String officeId, @Schema(maxLength = OfficeId.MAX_LENGTH, pattern = OfficeId.SLUG) String municipalityId,
                             @Schema(maxLength = OfficeId.MAX_LENGTH, pattern = OfficeId.SLUG) String districtId, @Schema(maxLength = OfficeRequests.MAX_TEXT, pattern = OfficeRequests.ONE_LINE) String name,
                             @Schema(maxLength = OfficeRequests.MAX_TEXT, pattern = OfficeRequests.ONE_LINE) String address, OfficeKind kind, @Schema(maxLength = OfficeRequests.MAX_TEXT, pattern = OfficeRequests.ONE_LINE) String partnerName,
                             boolean central, Instant createdAt, HoursView currentHours,
                             @ArraySchema(maxItems = Office.MAX_HOUR_SETS) List<HoursView> hoursHistory,
                             @ArraySchema(maxItems = Office.MAX_CLOSURES) List<ClosureView> closures) {
    }

    public record HoursView(LocalDate validFrom, Instant setAt,
                            @ArraySchema(maxItems = OfficeRequests.MAX_SLOTS) List<SlotView> slots) {
    }

    /** A weekly slot as read: local times to the minute, as they were set. */
    public record SlotView(DayOfWeek dayOfWeek, @JsonFormat(pattern = "HH:mm") @Schema(type = "string", maxLength = OfficeRequests.TIME_LENGTH, pattern = OfficeRequests.TIME, example = "09:00") LocalTime from,
                           @JsonFormat(pattern = "HH:mm") @Schema(type = "string", maxLength = OfficeRequests.TIME_LENGTH, pattern = OfficeRequests.TIME, example = "09:00") LocalTime to, OpeningMode mode) {

        static SlotView of(WeeklySlot slot) {
            return new SlotView(slot.dayOfWeek(), slot.from(), slot.to(), slot.mode());
        }

        WeeklySlot slot() {
            return new WeeklySlot(dayOfWeek, from, to, mode);
        }
    }

    public record ClosureView(LocalDate from, LocalDate to, @Schema(maxLength = OfficeRequests.MAX_TEXT, pattern = OfficeRequests.ONE_LINE) String reason, Instant scheduledAt) {
    }

    private final JdbcClient jdbc;

    public OfficeProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DistrictCreated event) {
        jdbc.sql("INSERT INTO district (district_id, name, created_at) VALUES (?, ?, ?)")
                .params(event.districtId().value(), event.name(), Timestamp.from(event.createdAt()))
                .update();
    }

    @EventHandler
    void on(MunicipalityCreated event) {
        jdbc.sql("INSERT INTO municipality (municipality_id, name, district_id, created_at) VALUES (?, ?, ?, ?)")
                .params(event.municipalityId().value(), event.name(), event.districtId().value(),
                        Timestamp.from(event.createdAt()))
                .update();
    }

    @EventHandler
    void on(OfficeCreated event) {
        jdbc.sql("INSERT INTO office (office_id, municipality_id, name, address, kind, partner_name, central, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(event.officeId().value(), event.municipalityId().value(), event.name(), event.address(),
                        event.kind().name(), event.partnerName(), event.central(), Timestamp.from(event.createdAt()))
                .update();
    }

    @EventHandler
    void on(OpeningHoursSet event, @SequenceNumber long seq) {
        String officeId = event.officeId().value();
        jdbc.sql("INSERT INTO opening_hours (office_id, seq, valid_from, set_at) VALUES (?, ?, ?, ?)")
                .params(officeId, seq, event.validFrom(), Timestamp.from(event.setAt()))
                .update();
        List<WeeklySlot> slots = event.slots();
        for (int i = 0; i < slots.size(); i++) {
            WeeklySlot slot = slots.get(i);
            jdbc.sql("INSERT INTO opening_slot (office_id, seq, slot_index, day_of_week, from_time, to_time, mode) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(officeId, seq, i, slot.dayOfWeek().getValue(), slot.from(), slot.to(), slot.mode().name())
                    .update();
        }
    }

    @EventHandler
    void on(ClosureScheduled event, @SequenceNumber long seq) {
        jdbc.sql("INSERT INTO closure (office_id, seq, from_date, to_date, reason, scheduled_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(event.officeId().value(), seq, event.from(), event.to(), event.reason(),
                        Timestamp.from(event.scheduledAt()))
                .update();
    }

    /** The most offices a list answers: far more than the system has; filter by municipality or district. */
    public static final int MAX_LISTED = 10_000;

    /** Offices in id order, of one municipality and/or district when given, at most {@link #MAX_LISTED}. */
    public List<OfficeSummary> list(String municipalityId, String districtId) {
        return jdbc.sql("SELECT o.office_id, o.municipality_id, m.district_id, o.name, o.address, o.kind, o.partner_name, o.central "
                        + "FROM office o JOIN municipality m ON m.municipality_id = o.municipality_id "
                        + "WHERE (CAST(:municipality AS text) IS NULL OR o.municipality_id = :municipality) "
                        + "AND (CAST(:district AS text) IS NULL OR m.district_id = :district) ORDER BY o.office_id LIMIT " + MAX_LISTED)
                .param("municipality", municipalityId)
                .param("district", districtId)
                .query(OfficeProjection::summary)
                .list();
    }

    public Optional<OfficeView> find(OfficeId officeId, LocalDate today) {
        Optional<OfficeSummary> office = jdbc.sql("SELECT o.office_id, o.municipality_id, m.district_id, o.name, "
                        + "o.address, o.kind, o.partner_name, o.central, o.created_at FROM office o "
                        + "JOIN municipality m ON m.municipality_id = o.municipality_id WHERE o.office_id = ?")
                .param(officeId.value())
                .query(OfficeProjection::summary)
                .optional();
        if (office.isEmpty()) {
            return Optional.empty();
        }
        Instant createdAt = jdbc.sql("SELECT created_at FROM office WHERE office_id = ?").param(officeId.value())
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).single();
        Map<Long, HoursView> sets = hourSets(officeId);
        OpeningSchedule.HoursSet current = schedule(officeId, sets).validOn(today);
        List<ClosureView> closures = jdbc.sql("SELECT from_date, to_date, reason, scheduled_at FROM closure "
                        + "WHERE office_id = ? ORDER BY from_date, seq")
                .param(officeId.value())
                .query((rs, n) -> new ClosureView(rs.getObject("from_date", LocalDate.class),
                        rs.getObject("to_date", LocalDate.class), rs.getString("reason"),
                        rs.getTimestamp("scheduled_at").toInstant()))
                .list();
        OfficeSummary o = office.get();
        return Optional.of(new OfficeView(o.officeId(), o.municipalityId(), o.districtId(), o.name(), o.address(),
                o.kind(), o.partnerName(), o.central(), createdAt, current == null ? null : sets.get(current.order()),
                List.copyOf(sets.values()), closures));
    }

    /** The office's hours and closures, for {@link OfficeCalendar}. */
    OpeningSchedule schedule(OfficeId officeId) {
        return schedule(officeId, hourSets(officeId));
    }

    private OpeningSchedule schedule(OfficeId officeId, Map<Long, HoursView> sets) {
        List<OpeningSchedule.HoursSet> hours = new ArrayList<>();
        sets.forEach((seq, set) -> hours.add(new OpeningSchedule.HoursSet(seq, set.validFrom(),
                set.slots().stream().map(SlotView::slot).toList())));
        List<OpeningSchedule.Closure> closures = jdbc.sql("SELECT from_date, to_date FROM closure WHERE office_id = ?")
                .param(officeId.value())
                .query((rs, n) -> new OpeningSchedule.Closure(rs.getObject("from_date", LocalDate.class),
                        rs.getObject("to_date", LocalDate.class)))
                .list();
        return new OpeningSchedule(hours, closures);
    }

    /** Every set of hours of the office by sequence number, in the order recorded. */
    private Map<Long, HoursView> hourSets(OfficeId officeId) {
        Map<Long, List<WeeklySlot>> slots = new LinkedHashMap<>();
        jdbc.sql("SELECT seq, day_of_week, from_time, to_time, mode FROM opening_slot WHERE office_id = ? "
                        + "ORDER BY seq, slot_index")
                .param(officeId.value())
                .query((ResultSet rs) -> {
                    slots.computeIfAbsent(rs.getLong("seq"), seq -> new ArrayList<>()).add(slot(rs));
                });
        Map<Long, HoursView> sets = new LinkedHashMap<>();
        jdbc.sql("SELECT seq, valid_from, set_at FROM opening_hours WHERE office_id = ? ORDER BY seq")
                .param(officeId.value())
                .query((ResultSet rs) -> {
                    long seq = rs.getLong("seq");
                    sets.put(seq, new HoursView(rs.getObject("valid_from", LocalDate.class),
                            rs.getTimestamp("set_at").toInstant(), slots.getOrDefault(seq, List.of()).stream().map(SlotView::of).toList()));
                });
        return sets;
    }

    private static OfficeSummary summary(ResultSet rs, int row) throws SQLException {
        return new OfficeSummary(rs.getString("office_id"), rs.getString("municipality_id"), rs.getString("district_id"),
                rs.getString("name"), rs.getString("address"), OfficeKind.valueOf(rs.getString("kind")),
                rs.getString("partner_name"), rs.getBoolean("central"));
    }

    private static WeeklySlot slot(ResultSet rs) throws SQLException {
        return new WeeklySlot(DayOfWeek.of(rs.getInt("day_of_week")), rs.getObject("from_time", LocalTime.class),
                rs.getObject("to_time", LocalTime.class), OpeningMode.valueOf(rs.getString("mode")));
    }
}
