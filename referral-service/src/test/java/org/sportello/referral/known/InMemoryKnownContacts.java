package org.sportello.referral.known;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Partner desks' contacts intake published, for fixture tests, where there is no database. */
public class InMemoryKnownContacts implements KnownContacts {

    private final Map<UUID, KnownDeskContact> contacts = new HashMap<>();

    public InMemoryKnownContacts add(KnownDeskContact contact) {
        contacts.put(contact.contactId(), contact);
        return this;
    }

    @Override
    public Optional<KnownDeskContact> deskContact(UUID contactId) {
        return Optional.ofNullable(contacts.get(contactId));
    }
}
