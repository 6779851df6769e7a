package org.sportello.intake.office;

/**
 * The offices intake has heard of: those scheduling has published ({@code OfficeCreated} on
 * {@code sportello.scheduling.events}, kept by {@link KnownOfficesProjection}). Intake never reads
 * scheduling's database.
 */
public interface KnownOffices {

    /**
     * Refuses an office that scheduling has not published, or whose event has not arrived yet.
     *
     * @return the office's kind, as scheduling published it
     * @throws UnknownOffice when intake has not heard of {@code officeId}
     */
    OfficeKind requireKnown(OfficeId officeId);
}
