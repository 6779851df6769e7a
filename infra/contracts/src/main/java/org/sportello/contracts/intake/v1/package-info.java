/**
 * Version 1 of intake's published events, on topic {@code sportello.intake.events}.
 *
 * <p>They carry the pseudonymous {@code citizenId} and coded facts only: never names, fiscal
 * codes, contact details or free-text notes, which stay inside intake.
 */
package org.sportello.contracts.intake.v1;
