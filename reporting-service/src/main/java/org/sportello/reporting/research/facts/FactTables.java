package org.sportello.reporting.research.facts;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import org.sportello.reporting.research.episodes.ContactFact;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The research facts in PostgreSQL, written only by the research projections. Each write takes the
 * whole batch as arrays, one statement per table (so each batch is merged per key first: one
 * statement may not change a row twice), and merges with what is stored so that neither a fact
 * told twice nor the order facts arrive in changes the result: the earliest time of each end wins.
 */
@Repository
class FactTables {

    static final List<String> OFFICE_TABLES = List.of("research_district", "research_municipality", "research_office");
    static final List<String> INTAKE_TABLES = List.of("research_citizen", "research_erased_citizen", "research_case",
            "research_contact", "research_episode");
    static final List<String> REFERRAL_TABLES = List.of("research_referral");

    // A case row first made by a contact, or by a rebuild of the intake facts, takes its referrals'
    // earliest sending from research_referral, which the referral projection alone writes.
    private static final String MERGE_CASES = """
            INSERT INTO research_case (case_id, citizen_id, office_id, opened_at, taken_in_charge_at, referred_at,
                                       closed_at, revision)
            SELECT c.case_id::uuid, c.citizen_id::uuid, c.office_id, c.opened_at::timestamptz,
                   c.taken_in_charge_at::timestamptz,
                   least(c.referred_at::timestamptz,
                         (SELECT min(r.sent_at) FROM research_referral r WHERE r.case_id = c.case_id::uuid)),
                   c.closed_at::timestamptz, nextval('research_case_revision')
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                 AS c(case_id, citizen_id, office_id, opened_at, taken_in_charge_at, referred_at, closed_at)
            ORDER BY c.case_id
            ON CONFLICT (case_id) DO UPDATE SET
                citizen_id = coalesce(research_case.citizen_id, excluded.citizen_id),
                office_id = CASE WHEN excluded.opened_at < research_case.opened_at
                                      OR (research_case.opened_at IS NULL AND excluded.opened_at IS NOT NULL)
                                 THEN excluded.office_id ELSE research_case.office_id END,
                opened_at = least(research_case.opened_at, excluded.opened_at),
                taken_in_charge_at = least(research_case.taken_in_charge_at, excluded.taken_in_charge_at),
                referred_at = least(research_case.referred_at, excluded.referred_at),
                closed_at = least(research_case.closed_at, excluded.closed_at),
                revision = excluded.revision""";

    private static final String ADD_CONTACTS = """
            INSERT INTO research_contact (contact_id, case_id, citizen_id, office_id, channel, occurred_at, month, joint,
                                          outcomes, user_areas, need_categories)
            SELECT contact_id::uuid, case_id::uuid, citizen_id::uuid, office_id, channel, occurred_at::timestamptz, month,
                   joint::boolean, string_to_array(outcomes, ','), string_to_array(user_areas, ','),
                   string_to_array(need_categories, ',')
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[], ?::text[])
                 AS c(contact_id, case_id, citizen_id, office_id, channel, occurred_at, month, joint, outcomes,
                      user_areas, need_categories)
            ON CONFLICT (contact_id) DO NOTHING""";

    private static final String ADD_CITIZENS = """
            INSERT INTO research_citizen (citizen_id, birth_year, sex)
            SELECT c.citizen_id::uuid, c.birth_year::smallint, c.sex
            FROM unnest(?::text[], ?::text[], ?::text[]) AS c(citizen_id, birth_year, sex)
            WHERE NOT EXISTS (SELECT 1 FROM research_erased_citizen e WHERE e.citizen_id = c.citizen_id::uuid)
            ON CONFLICT (citizen_id) DO UPDATE SET
                birth_year = coalesce(research_citizen.birth_year, excluded.birth_year),
                sex = coalesce(research_citizen.sex, excluded.sex)""";

    private static final String ERASE_CITIZENS = """
            INSERT INTO research_erased_citizen (citizen_id)
            SELECT citizen_id::uuid FROM unnest(?::text[]) AS e(citizen_id)
            ON CONFLICT (citizen_id) DO NOTHING""";

    private static final String ADD_REFERRALS = """
            INSERT INTO research_referral (referral_id, case_id, citizen_id, sent_at)
            SELECT referral_id::uuid, case_id::uuid, citizen_id::uuid, sent_at::timestamptz
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS r(referral_id, case_id, citizen_id, sent_at)
            ON CONFLICT (referral_id) DO UPDATE SET sent_at = least(research_referral.sent_at, excluded.sent_at)""";

    private static final String ADD_DISTRICTS = """
            INSERT INTO research_district (district_id, name)
            SELECT * FROM unnest(?::text[], ?::text[])
            ON CONFLICT (district_id) DO NOTHING""";

    private static final String ADD_MUNICIPALITIES = """
            INSERT INTO research_municipality (municipality_id, name, district_id)
            SELECT * FROM unnest(?::text[], ?::text[], ?::text[])
            ON CONFLICT (municipality_id) DO NOTHING""";

    private static final String ADD_OFFICES = """
            INSERT INTO research_office (office_id, municipality_id, name, kind, central)
            SELECT office_id, municipality_id, name, kind, central::boolean
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                 AS o(office_id, municipality_id, name, kind, central)
            ON CONFLICT (office_id) DO NOTHING""";

    private final JdbcTemplate jdbc;

    FactTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A case's facts from one batch, merged: the earliest of each, the first citizen known. */
    record CaseRow(UUID caseId, UUID citizenId, String officeId, Instant openedAt, Instant takenInChargeAt,
                   Instant referredAt, Instant closedAt) {

        static CaseRow of(UUID caseId) {
            return new CaseRow(caseId, null, null, null, null, null, null);
        }

        CaseRow merge(CaseRow other) {
            boolean openedEarlier = other.openedAt != null && (openedAt == null || other.openedAt.isBefore(openedAt));
            return new CaseRow(caseId, citizenId != null ? citizenId : other.citizenId,
                    openedEarlier ? other.officeId : officeId, openedEarlier ? other.openedAt : openedAt,
                    earliest(takenInChargeAt, other.takenInChargeAt), earliest(referredAt, other.referredAt),
                    earliest(closedAt, other.closedAt));
        }

        private static Instant earliest(Instant a, Instant b) {
            return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
        }
    }

    void mergeCases(Collection<CaseRow> cases) {
        write(MERGE_CASES, cases, CaseRow::caseId, CaseRow::citizenId, CaseRow::officeId, CaseRow::openedAt,
                CaseRow::takenInChargeAt, CaseRow::referredAt, CaseRow::closedAt);
    }

    void addContacts(Collection<ContactFact> contacts) {
        write(ADD_CONTACTS, contacts, ContactFact::contactId, ContactFact::caseId, ContactFact::citizenId,
                ContactFact::officeId, ContactFact::channel, ContactFact::occurredAt, ContactFact::month,
                ContactFact::joint, contact -> String.join(",", contact.outcomes()),
                contact -> String.join(",", contact.userAreas()), contact -> String.join(",", contact.needCategories()));
    }

    void addCitizens(Collection<IntakeFact.Citizen> citizens) {
        write(ADD_CITIZENS, citizens, IntakeFact.Citizen::citizenId, IntakeFact.Citizen::birthYear,
                IntakeFact.Citizen::sex);
    }

    /** Deletes the citizens' attributes, and remembers that they are erased. */
    void eraseCitizens(Collection<UUID> citizenIds) {
        write(ERASE_CITIZENS, citizenIds, (UUID id) -> id);
        if (!citizenIds.isEmpty()) {
            jdbc.update(connection -> {
                PreparedStatement statement = connection.prepareStatement(
                        "DELETE FROM research_citizen WHERE citizen_id = ANY(?::uuid[])");
                statement.setArray(1, connection.createArrayOf("text",
                        citizenIds.stream().map(UUID::toString).toArray()));
                return statement;
            });
        }
    }

    void addReferrals(Collection<ReferralFact> referrals) {
        write(ADD_REFERRALS, referrals, ReferralFact::referralId, ReferralFact::caseId, ReferralFact::citizenId,
                ReferralFact::sentAt);
    }

    void addDistricts(Collection<OfficeFact.District> districts) {
        write(ADD_DISTRICTS, districts, OfficeFact.District::districtId, OfficeFact.District::name);
    }

    void addMunicipalities(Collection<OfficeFact.Municipality> municipalities) {
        write(ADD_MUNICIPALITIES, municipalities, OfficeFact.Municipality::municipalityId,
                OfficeFact.Municipality::name, OfficeFact.Municipality::districtId);
    }

    void addOffices(Collection<OfficeFact.Office> offices) {
        write(ADD_OFFICES, offices, OfficeFact.Office::officeId, OfficeFact.Office::municipalityId,
                OfficeFact.Office::name, OfficeFact.Office::kind, OfficeFact.Office::central);
    }

    @SafeVarargs
    private <T> void write(String sql, Collection<T> rows, Function<T, Object>... columns) {
        if (rows.isEmpty()) {
            return;
        }
        List<T> list = new ArrayList<>(rows);
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            for (int i = 0; i < columns.length; i++) {
                Function<T, Object> column = columns[i];
                statement.setArray(i + 1, connection.createArrayOf("text", list.stream().map(column)
                        .map(value -> Objects.toString(value, null)).toArray()));
            }
            return statement;
        });
    }
}
