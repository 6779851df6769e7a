package org.sportello.scheduling.office;

/**
 * The ids chosen by administrators, claimed once for ever: a row under a unique key written in the
 * command's own transaction, so two creations of one id racing each other serialise on that key and
 * exactly one wins. Also what commands ask whether a district, municipality or office exists: never
 * the read model, which an administrator may empty and rebuild while commands run.
 */
public interface RegistryIds {

    /** What an id names: ids of different kinds may coincide (municipality {@code massa}, office {@code massa}). */
    enum Kind {
        DISTRICT, MUNICIPALITY, OFFICE, OPERATOR,
        /**
         * Claimed under the municipality's id by the office created as its central office: one per
         * municipality, racing creations included. Offices are never removed, so neither is the claim.
         */
        CENTRAL_OFFICE
    }

    /** Claims {@code id}; false when it was claimed already (by a committed command, or one that commits first). */
    boolean claim(Kind kind, String id);

    boolean isClaimed(Kind kind, String id);
}
