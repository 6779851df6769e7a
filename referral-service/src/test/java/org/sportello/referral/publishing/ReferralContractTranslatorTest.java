package org.sportello.referral.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sportello.contracts.intake.v1.NeedCategory;
import org.sportello.contracts.intake.v1.UserArea;
import org.sportello.contracts.referral.v1.ContactChannel;
import org.sportello.contracts.referral.v1.ProviderKind;
import org.sportello.contracts.referral.v1.ServiceType;
import org.sportello.platform.caller.Caller;
import org.sportello.referral.desk.DeskReason;
import org.sportello.referral.desk.DeskReferralAcknowledged;
import org.sportello.referral.desk.DeskReferralId;
import org.sportello.referral.desk.DeskReferralSent;
import org.sportello.referral.provider.ProviderId;
import org.sportello.referral.provider.ProviderRegistered;

/** The registry's and the desks' events as the contracts other services read, and their keys. */
class ReferralContractTranslatorTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final Caller ADMIN = new Caller("admin-1", "ADMIN");

    private final ReferralContractTranslator translator = new ReferralContractTranslator();

    @Test
    void providerRegisteredIsPublishedInFullKeyedByTheProviderNotItsStream() {
        Object contract = translator.translate(new ProviderRegistered(new ProviderId("serd-monza"), "SerD Monza",
                org.sportello.referral.provider.ProviderKind.PUBLIC_SERVICE,
                org.sportello.referral.provider.ServiceType.ADDICTIONS, "monza", List.of("monza-city"),
                org.sportello.referral.provider.ContactChannel.PEC, 10, AT), ADMIN).orElseThrow();

        assertThat(contract).isEqualTo(new org.sportello.contracts.referral.v1.ProviderRegistered("serd-monza",
                "SerD Monza", ProviderKind.PUBLIC_SERVICE, ServiceType.ADDICTIONS, "monza", List.of("monza-city"),
                ContactChannel.PEC, 10, AT, "admin-1"));
        assertThat(translator.keyOf(contract, "provider:serd-monza")).isEqualTo("serd-monza");
    }

    @Test
    void deskReferralEventsArePublishedKeyedByTheirStream() {
        DeskReferralId id = new DeskReferralId(UUID.randomUUID());
        UUID contact = UUID.randomUUID();
        Caller desk = new Caller("volunteer-1", "PARTNER_DESK");

        Object sent = translator.translate(new DeskReferralSent(id, contact, "caritas-pioltello", "pioltello-centro",
                "est-milano", new DeskReason(org.sportello.referral.need.UserArea.ELDERLY,
                        List.of(org.sportello.referral.need.NeedCategory.ISOLATION)), AT), desk).orElseThrow();
        Object acknowledged = translator.translate(new DeskReferralAcknowledged(id, "pioltello-centro", "est-milano", AT),
                null).orElseThrow();

        assertThat(sent).isEqualTo(new org.sportello.contracts.referral.v1.DeskReferralSent(id.value(), contact,
                "caritas-pioltello", "pioltello-centro", "est-milano", UserArea.ELDERLY, List.of(NeedCategory.ISOLATION),
                AT, "volunteer-1"));
        assertThat(acknowledged).isEqualTo(new org.sportello.contracts.referral.v1.DeskReferralAcknowledged(id.value(),
                "pioltello-centro", "est-milano", AT, null));
        assertThat(translator.keyOf(sent, id.toString())).isEqualTo(id.toString());
    }

    @Test
    void everyDeskNeedCodeIsOneIntakePublishes() {
        for (org.sportello.referral.need.UserArea area : org.sportello.referral.need.UserArea.values()) {
            assertThat(UserArea.valueOf(area.name())).isNotNull();
        }
        for (org.sportello.referral.need.NeedCategory category : org.sportello.referral.need.NeedCategory.values()) {
            assertThat(NeedCategory.valueOf(category.name())).isNotNull();
        }
        assertThat(org.sportello.referral.need.NeedCategory.values()).hasSameSizeAs(NeedCategory.values());
    }

    @Test
    void everyServiceTypeKindAndChannelIsOneTheContractsPublish() {
        assertThat(List.of(org.sportello.referral.provider.ServiceType.values()).stream().map(Enum::name))
                .containsExactly(List.of(ServiceType.values()).stream().map(Enum::name).toArray(String[]::new));
        assertThat(List.of(org.sportello.referral.provider.ProviderKind.values()).stream().map(Enum::name))
                .containsExactly(List.of(ProviderKind.values()).stream().map(Enum::name).toArray(String[]::new));
        assertThat(List.of(org.sportello.referral.provider.ContactChannel.values()).stream().map(Enum::name))
                .containsExactly(List.of(ContactChannel.values()).stream().map(Enum::name).toArray(String[]::new));
    }
}
