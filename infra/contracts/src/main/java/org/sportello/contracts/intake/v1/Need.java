package org.sportello.contracts.intake.v1;

import java.util.List;

/**
 * Needs identified at a contact in one user area.
 *
 * @param userArea   the user area (area di utenza)
 * @param categories the categories of need identified in that area, at least one
 */
public record Need(UserArea userArea, List<NeedCategory> categories) {
}
