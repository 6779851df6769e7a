package org.sportello.referral.known;

import java.util.Optional;
import java.util.UUID;

/**
 * The contacts intake published on {@code sportello.intake.events} with channel
 * {@code PARTNER_DESK}: a partner desk refers on a person it oriented, and names that contact.
 * Only partner desks' contacts are kept; nothing of their needs or outcomes.
 */
public interface KnownContacts {

    /** The partner-desk contact, or empty when intake has not published one with that id (yet). */
    Optional<KnownDeskContact> deskContact(UUID contactId);
}
