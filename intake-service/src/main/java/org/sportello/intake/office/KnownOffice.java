package org.sportello.intake.office;

import java.time.Instant;

/**
 * What intake keeps of an office scheduling created: enough to say which office a contact was at,
 * nothing of its hours or address, which stay scheduling's.
 *
 * @param since when scheduling created it
 */
record KnownOffice(OfficeId officeId, String municipalityId, String kind, String name, Instant since) {
}
