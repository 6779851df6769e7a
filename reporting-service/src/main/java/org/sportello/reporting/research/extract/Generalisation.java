package org.sportello.reporting.research.extract;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * One level of the extract's fixed grid: how coarsely ages, periods and places are given. The
 * {@link #GRID} lists every combination from the least to the most generalised: first by how many
 * of the three are coarsened, and among equals age before period before place, because the place
 * is what the research compares (offices and municipalities) and the period its trend, so they are
 * kept fine the longest.
 */
public record Generalisation(AgeBands ages, Period period, Place place) {

    /**
     * The quasi-identifiers: what someone who knows a person could know about their first access
     * (age, sex, where, when, how they came), so each combination of them must cover at least k
     * persons. User areas, need categories and outcomes are what the research studies (the
     * sensitive attributes), not quasi-identifiers; k-anonymity does not hide them within a
     * combination (no l-diversity).
     */
    public static final List<String> QUASI_IDENTIFIERS = List.of("ageBand", "sex", "place", "period", "channel");

    public static final List<Generalisation> GRID = List.of(
            new Generalisation(AgeBands.FINE, Period.MONTH, Place.OFFICE),
            new Generalisation(AgeBands.COARSE, Period.MONTH, Place.OFFICE),
            new Generalisation(AgeBands.FINE, Period.QUARTER, Place.OFFICE),
            new Generalisation(AgeBands.FINE, Period.MONTH, Place.MUNICIPALITY),
            new Generalisation(AgeBands.COARSE, Period.QUARTER, Place.OFFICE),
            new Generalisation(AgeBands.COARSE, Period.MONTH, Place.MUNICIPALITY),
            new Generalisation(AgeBands.FINE, Period.QUARTER, Place.MUNICIPALITY),
            new Generalisation(AgeBands.COARSE, Period.QUARTER, Place.MUNICIPALITY));

    /** Sexes as the extract gives them; any other or no code is {@code unknown}. */
    public static final Set<String> SEXES = Set.of("F", "M");
    public static final String UNKNOWN_SEX = "unknown";

    /** The most generalised level: used, withholding what it must, when no level keeps within the limit. */
    public static Generalisation coarsest() {
        return GRID.get(GRID.size() - 1);
    }

    /** As the Sportello-Generalisation header writes it, e.g. {@code ageBand=fine;period=month;place=office}. */
    public String label() {
        return "ageBand=" + ages.label() + ";period=" + period.label() + ";place=" + place.label();
    }

    /**
     * The combination of quasi-identifiers of an episode at this level: the Java twin of the SQL
     * the extract runs, used where a population is reasoned about in memory.
     */
    public List<String> combination(Integer age, String sex, String officeId, String municipalityId, YearMonth month,
                                    String channel) {
        return List.of(ages.band(age), sex(sex), place.of(officeId, municipalityId), period.of(month), channel);
    }

    public static String sex(String code) {
        return code != null && SEXES.contains(code) ? code : UNKNOWN_SEX;
    }
}
