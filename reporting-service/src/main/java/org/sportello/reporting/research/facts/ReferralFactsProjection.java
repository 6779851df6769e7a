package org.sportello.reporting.research.facts;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.sportello.contracts.referral.ReferralTopic;
import org.sportello.platform.consuming.Delivered;
import org.sportello.platform.consuming.TopicProjection;
import org.sportello.reporting.research.episodes.Episodes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Research's facts from referral: each {@code ReferralSent}, whose case's episode then ends
 * (REFERRED) at the earliest sending; the cases' episodes are computed again in the same transaction.
 * Referral keys by referral, intake by case: a referral may arrive before its case is known, and
 * the case's row then waits for the rest.
 */
@Component
class ReferralFactsProjection extends TopicProjection<ReferralFact> {

    static final String NAME = "research-referrals";

    private final FactTables tables;
    private final Episodes episodes;

    ReferralFactsProjection(FactTables tables, Episodes episodes,
                            @Value("${sportello.reporting.research.referrals.group-id}") String groupId,
                            @Value("${sportello.reporting.research.referrals.concurrency:1}") int concurrency) {
        super(NAME, ReferralTopic.NAME, groupId, concurrency, ReferralFactReader.TYPES);
        this.tables = tables;
        this.episodes = episodes;
    }

    @Override
    public ReferralFact read(String type, byte[] value) {
        return ReferralFactReader.read(type, value);
    }

    @Override
    public void apply(List<Delivered<ReferralFact>> events) {
        Map<UUID, ReferralFact> referrals = new TreeMap<>();
        Map<UUID, FactTables.CaseRow> cases = new TreeMap<>();
        for (Delivered<ReferralFact> delivered : events) {
            ReferralFact referral = delivered.event();
            referrals.merge(referral.referralId(), referral,
                    (a, b) -> b.sentAt().isBefore(a.sentAt()) ? b : a);
            FactTables.CaseRow row = new FactTables.CaseRow(referral.caseId(), referral.citizenId(), null, null, null,
                    referral.sentAt(), null);
            cases.merge(row.caseId(), row, FactTables.CaseRow::merge);
        }
        tables.addReferrals(referrals.values());
        tables.mergeCases(cases.values());
        episodes.refresh(cases.keySet(), List.of());
    }

    @Override
    public List<String> tables() {
        return FactTables.REFERRAL_TABLES;
    }
}
