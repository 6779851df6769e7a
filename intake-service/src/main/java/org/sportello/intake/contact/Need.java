package org.sportello.intake.contact;

import java.util.List;

/** Needs identified at a contact in one user area: the area and the categories of need in it. */
public record Need(UserArea userArea, List<NeedCategory> categories) {
}
