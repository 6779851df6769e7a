package org.sportello.referral.referral;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A referral's response deadline: its last local day (Europe/Rome) and the instant it passes (the
 * start of the next day), both from the working-days calendar when it is sent.
 */
record Deadline(LocalDate dueBy, Instant passesAt) {
}
