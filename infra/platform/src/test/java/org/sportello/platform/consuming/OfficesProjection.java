package org.sportello.platform.consuming;

import java.util.List;
import java.util.Set;

import org.sportello.contracts.intake.IntakeTopic;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.platform.json.ContractJson;

/** Keeps the office of each contact; refuses the office "unusable" as a projection might. */
final class OfficesProjection implements KafkaProjection<String> {
    @Override
    public String name() {
        return "offices";
    }

    @Override
    public String topic() {
        return IntakeTopic.NAME;
    }

    @Override
    public String groupId() {
        return "test.offices";
    }

    @Override
    public Set<String> types() {
        return Set.of(ContactRecorded.TYPE);
    }

    @Override
    public String read(String type, byte[] value) {
        String office = ContractJson.read(value, ContactRecorded.class).officeId();
        if (office.equals("unusable")) {
            throw new UnusableEvent("a test says so");
        }
        return office;
    }

    @Override
    public void apply(List<Delivered<String>> events) {
    }

    @Override
    public List<String> tables() {
        return List.of();
    }
}
