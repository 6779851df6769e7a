/**
 * Version 1 of referral's published events, on topic {@code sportello.referral.events}: the
 * provider registry, referrals to providers and their fate, and partner desks' referrals to the
 * secretariat.
 *
 * <p>They carry pseudonymous ids and coded facts only: never a witness's or guardian's name, the
 * details shared with a provider, or free text, which stay encrypted inside referral. User areas
 * and need categories are intake's codes ({@link org.sportello.contracts.intake.v1.UserArea},
 * {@link org.sportello.contracts.intake.v1.NeedCategory}): one coding of needs for every service.
 */
package org.sportello.contracts.referral.v1;
