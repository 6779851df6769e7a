package org.sportello.reporting.research.extract;

/** Where an episode began, as the extract gives it: the office of its first contact, or that office's municipality. */
public enum Place {

    OFFICE("office", "office"),
    /** {@value #UNKNOWN} for an office the registry has not told reporting about. */
    MUNICIPALITY("municipality", "municipality");

    public static final String UNKNOWN = "unknown";

    private final String label;
    private final String column;

    Place(String label, String column) {
        this.label = label;
        this.column = column;
    }

    public String label() {
        return label;
    }

    String column() {
        return column;
    }

    public String of(String officeId, String municipalityId) {
        if (this == OFFICE) {
            return officeId;
        }
        return municipalityId == null ? UNKNOWN : municipalityId;
    }
}
