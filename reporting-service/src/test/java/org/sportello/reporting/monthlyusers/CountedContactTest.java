package org.sportello.reporting.monthlyusers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sportello.platform.json.ContractJson;
import org.sportello.platform.consuming.UnusableEvent;

import tools.jackson.core.JacksonException;

class CountedContactTest {

    private static final UUID CITIZEN = UUID.fromString("ecc4f27e-5fbd-49ff-b4d3-16fcf0bd4e33");

    @Test
    void keepsTheOfficeTheMonthInRomeAndTheCitizen() {
        byte[] json = ContractJson.write(
                Contacts.of(CITIZEN, "monza-san-rocco", Instant.parse("2025-01-31T23:30:00Z")));

        assertThat(CountedContact.read(json))
                .isEqualTo(new CountedContact(YearMonth.of(2025, 2), "monza-san-rocco", CITIZEN));
    }

    @Test
    void anAnonymousContactHasNoCitizen() {
        CountedContact contact = CountedContact.read(
                ContractJson.write(Contacts.anonymous("monza-centro", Instant.parse("2025-03-12T09:40:00Z"))));

        assertThat(contact.anonymous()).isTrue();
        assertThat(contact.citizenId()).isNull();
    }

    @Test
    void readsThePublishedExample() throws Exception {
        try (var example = getClass().getResourceAsStream("/contracts/intake/v1/ContactRecorded.example.json")) {
            assertThat(CountedContact.read(example.readAllBytes()).officeId()).isEqualTo("monza-san-rocco");
        }
    }

    @Test
    void aContactWithoutOfficeOrInstantIsUnusable() {
        assertThatThrownBy(() -> CountedContact.read(ContractJson.write(
                Contacts.of(CITIZEN, null, Instant.parse("2025-03-12T09:40:00Z"))))).isInstanceOf(UnusableEvent.class);
        assertThatThrownBy(() -> CountedContact.read(ContractJson.write(
                Contacts.of(CITIZEN, "all", Instant.parse("2025-03-12T09:40:00Z"))))).isInstanceOf(UnusableEvent.class);
        assertThatThrownBy(() -> CountedContact.read(ContractJson.write(Contacts.of(CITIZEN, "monza-centro", null))))
                .isInstanceOf(UnusableEvent.class);
        assertThatThrownBy(() -> CountedContact.read(bytes("null"))).isInstanceOf(UnusableEvent.class);
    }

    @Test
    void jsonThatDoesNotFitTheContractIsAJacksonFailure() {
        assertThatThrownBy(() -> CountedContact.read(bytes("{not json"))).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> CountedContact.read(bytes("{\"citizenId\":\"RSSMRA80A01F704X\"}")))
                .isInstanceOf(JacksonException.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
