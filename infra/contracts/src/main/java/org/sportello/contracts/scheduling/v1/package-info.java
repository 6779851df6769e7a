/**
 * Version 1 of scheduling's published events, on topic {@code sportello.scheduling.events}.
 *
 * <p>Offices, their opening hours and closures, staff and appointments, as coded facts. Office,
 * municipality and district names and addresses are public facts about places; a person's name,
 * a callback phone number or a free-text reason never appears here: they stay, encrypted, inside
 * scheduling. Citizens are known only by their pseudonymous {@code citizenId}.
 */
package org.sportello.contracts.scheduling.v1;
