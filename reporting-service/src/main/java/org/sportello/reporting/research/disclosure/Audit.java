package org.sportello.reporting.research.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks a suppression pattern as tau-ARGUS's audit does, against every attacker of issue 12: an
 * outsider with every published table (this release's and the values earlier releases published),
 * and, for each group of insiders, the same outsider who also knows that group's true figures.
 *
 * <p>The rule, with t the threshold: a withheld cell the attacker does not know is disclosed when
 * its feasibility interval is a single value, or lies within 1 to t - 1 (the attacker learns that
 * a small, non-zero number of persons is behind it); the sum of the withheld parts of one relation
 * is disclosed when its interval lies within 1 to t - 1 (two withheld 1s in a row of published
 * total must not protect each other). Cells an attacker knows anyway (its own, or published
 * earlier with the same value, or what exact sums give from those alone) are not checked for
 * that attacker: nothing this release withholds can hide them.
 *
 * <p>An earlier release's value that differs from today's (a late correction) is not taken as
 * the attacker knowing today's value: it is a different figure.
 *
 * <p>Withheld cells fall apart into groups that share no relation; each group is judged on its
 * own and the verdict kept, so that the search, which changes one cell at a time, solves only the
 * groups it changed. One audit serves one release; it is not thread-safe.
 */
public final class Audit {

    private final CellIndex index;
    private final int threshold;
    /** What each attacker knows besides the published cells: the outsider first, then each group of insiders. */
    private final List<BitSet> attackers;
    private final Map<BitSet, Boolean> verdicts = new HashMap<>();

    public Audit(Release release, int threshold) {
        this(new CellIndex(release), release, threshold);
    }

    Audit(CellIndex index, Release release, int threshold) {
        this.index = index;
        this.threshold = threshold;
        BitSet publishedBefore = new BitSet();
        for (Map.Entry<String, Long> earlier : new TreeMap<>(release.alreadyPublished()).entrySet()) {
            int cell = index.position(earlier.getKey());
            if (cell >= 0 && index.values[cell] == earlier.getValue()) {
                publishedBefore.set(cell);
            }
        }
        BitSet outsider = derivable(publishedBefore);
        // Insiders in a canonical order, so that the search meets failures in the same order
        // however they were listed; insiders who know nothing more than the outsider are the outsider.
        TreeSet<BitSet> insiders = new TreeSet<>(Audit::compareBits);
        for (Set<String> group : release.insiders()) {
            BitSet knows = index.bits(group);
            knows.or(publishedBefore);
            insiders.add(derivable(knows));
        }
        insiders.remove(outsider);
        List<BitSet> all = new ArrayList<>();
        all.add(outsider);
        all.addAll(insiders);
        this.attackers = List.copyOf(all);
    }

    /**
     * What an attacker knows before this release, closed under the exact sums: a total whose parts
     * it all knows, or a part whose total and other parts it knows (a municipality with one
     * office: its staff know the municipality's figure too). Nothing this release withholds can
     * hide those, so they are known, not checked.
     */
    private BitSet derivable(BitSet known) {
        BitSet closed = (BitSet) known.clone();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int relation = 0; relation < index.totals.length; relation++) {
                if (!index.exactSum[relation]) {
                    continue;
                }
                int unknown = -1;
                int unknowns = 0;
                if (!closed.get(index.totals[relation])) {
                    unknown = index.totals[relation];
                    unknowns++;
                }
                for (int part : index.parts[relation]) {
                    if (!closed.get(part)) {
                        unknown = part;
                        unknowns++;
                    }
                }
                if (unknowns == 1) {
                    closed.set(unknown);
                    grew = true;
                }
            }
        }
        return closed;
    }

    private static int compareBits(BitSet left, BitSet right) {
        return Arrays.compare(left.toLongArray(), right.toLongArray());
    }

    /** Whether no attacker can pin any withheld cell, or a sum of withheld cells, as the rule says. */
    public boolean passes(Set<String> withheld) {
        return firstFailure(index.bits(withheld)) == null;
    }

    /** The outsider's feasibility interval for each withheld cell it does not know, by cell id. */
    public Map<String, FeasibilityInterval> intervals(Set<String> withheld) {
        return intervals(withheld, Set.of());
    }

    /** The feasibility intervals of an attacker who also knows the true values of {@code known}. */
    public Map<String, FeasibilityInterval> intervals(Set<String> withheld, Set<String> known) {
        BitSet knows = index.bits(known);
        knows.or(attackers.get(0));
        knows = derivable(knows);
        Map<String, FeasibilityInterval> intervals = new TreeMap<>();
        for (BitSet component : components(unknown(index.bits(withheld), knows))) {
            AttackerProblem problem = new AttackerProblem(index, component);
            component.stream().forEach(cell -> intervals.put(index.ids[cell], problem.cellInterval(cell)));
        }
        return intervals;
    }

    /** The first attacker and group of withheld cells that the rule finds disclosed, or null when none is. */
    Failure firstFailure(BitSet withheld) {
        for (BitSet knows : attackers) {
            for (BitSet component : components(unknown(withheld, knows))) {
                if (!verdicts.computeIfAbsent(component, this::protects)) {
                    return new Failure(component, knows);
                }
            }
        }
        return null;
    }

    /** A group of withheld cells that one attacker (knowing {@code knows} besides what is published) can pin. */
    record Failure(BitSet component, BitSet knows) {
    }

    private boolean protects(BitSet component) {
        return new AttackerProblem(index, component).protects(threshold);
    }

    private static BitSet unknown(BitSet withheld, BitSet knows) {
        BitSet unknown = (BitSet) withheld.clone();
        unknown.andNot(knows);
        return unknown;
    }

    /** The unknown cells split into groups linked by relations, each in ascending order of its first cell. */
    private List<BitSet> components(BitSet unknown) {
        List<BitSet> components = new ArrayList<>();
        BitSet left = (BitSet) unknown.clone();
        for (int start = left.nextSetBit(0); start >= 0; start = left.nextSetBit(0)) {
            BitSet component = new BitSet();
            List<Integer> frontier = new ArrayList<>(List.of(start));
            left.clear(start);
            component.set(start);
            while (!frontier.isEmpty()) {
                int cell = frontier.remove(frontier.size() - 1);
                for (int relation : index.relationsOf[cell]) {
                    link(index.totals[relation], left, component, frontier);
                    for (int part : index.parts[relation]) {
                        link(part, left, component, frontier);
                    }
                }
            }
            components.add(component);
        }
        return components;
    }

    private static void link(int cell, BitSet left, BitSet component, List<Integer> frontier) {
        if (left.get(cell)) {
            left.clear(cell);
            component.set(cell);
            frontier.add(cell);
        }
    }
}
