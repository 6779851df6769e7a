package org.sportello.reporting.research.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * What one attacker can work out about one group of withheld cells that share relations (a
 * connected component): the linear program of tau-ARGUS's audit, built once and solved for each
 * cell and each sum of withheld parts, minimising and maximising it given every value the attacker
 * knows, the relations and non-negativity.
 *
 * <p>The LP relaxation is solved first; only when its optimal point is fractional is the same
 * model solved again with integer variables, since counts are integers and an LP bound that no
 * integer table reaches would promise protection that does not exist. Cells outside the component
 * are known to the attacker (published, published earlier, or their own), so every relation that
 * touches the component has its unknowns inside it.
 */
final class AttackerProblem {

    private static final double INTEGRAL = 1e-6;

    private final CellIndex index;
    private final int[] cells;
    private final List<int[]> groups = new ArrayList<>();
    private final ExpressionsBasedModel model = new ExpressionsBasedModel();
    private final Variable[] cellVariables;
    /** For each cell of the release, its place in {@link #cells}, or -1 when the attacker knows it. */
    private final int[] slot;
    private final List<Variable> groupVariables = new ArrayList<>();
    private final long cap;
    private final List<int[]> exactRelations = new ArrayList<>();

    AttackerProblem(CellIndex index, BitSet component) {
        this.index = index;
        this.cells = component.stream().toArray();
        long sum = 0;
        for (long value : index.values) {
            sum += value;
        }
        // A bound the published values impose is at most a few of them put together; the cap, far
        // above, only keeps the LP bounded where nothing published limits a cell, and an upper
        // bound beyond half of it is reported as unbounded.
        this.cap = 1_000L + 8 * sum;
        cellVariables = new Variable[cells.length];
        slot = new int[index.size()];
        Arrays.fill(slot, -1);
        for (int k = 0; k < cells.length; k++) {
            slot[cells[k]] = k;
            cellVariables[k] = model.addVariable("c" + cells[k]).lower(0).upper(cap);
        }
        Set<Integer> touching = new LinkedHashSet<>();
        for (int cell : cells) {
            for (int relation : index.relationsOf[cell]) {
                touching.add(relation);
            }
        }
        Set<List<Integer>> seenGroups = new LinkedHashSet<>();
        for (int relation : touching.stream().sorted().toList()) {
            constrain(relation, component);
            List<Integer> unknownParts = new ArrayList<>();
            for (int part : index.parts[relation]) {
                if (component.get(part)) {
                    unknownParts.add(part);
                }
            }
            if (unknownParts.size() >= 2 && seenGroups.add(unknownParts)) {
                int[] group = unknownParts.stream().mapToInt(Integer::intValue).toArray();
                groups.add(group);
                // The sum gets a variable of its own, so that every objective is a single variable.
                Variable groupSum = model.addVariable("g" + groups.size()).lower(0);
                Expression definition = model.addExpression("sum" + groups.size()).level(0);
                definition.set(groupSum, 1);
                for (int part : group) {
                    definition.set(variable(part), -1);
                }
                groupVariables.add(groupSum);
            }
        }
    }

    /**
     * Whether no cell of the component is pinned (exactly known, or known to lie in 1 to
     * threshold - 1) and no sum of its withheld parts of one relation is known to lie there.
     */
    boolean protects(int threshold) {
        if (pinnedByOneUnknown()) {
            return false;
        }
        for (int k = 0; k < cells.length; k++) {
            if (!hides(cellVariables[k], index.values[cells[k]], threshold, true)) {
                return false;
            }
        }
        for (int g = 0; g < groups.size(); g++) {
            long truth = 0;
            for (int part : groups.get(g)) {
                truth += index.values[part];
            }
            if (!hides(groupVariables.get(g), truth, threshold, false)) {
                return false;
            }
        }
        return true;
    }

    /** The feasibility interval of one cell of the component. */
    FeasibilityInterval interval(int cell) {
        Variable variable = variable(cell);
        return new FeasibilityInterval(bound(variable, false), shown(bound(variable, true)));
    }

    /** The feasibility interval of the sum of the withheld parts of one relation, if there are at least two. */
    List<FeasibilityInterval> groupIntervals() {
        List<FeasibilityInterval> intervals = new ArrayList<>();
        for (Variable group : groupVariables) {
            intervals.add(new FeasibilityInterval(bound(group, false), shown(bound(group, true))));
        }
        return intervals;
    }

    /**
     * An exact sum with a single unknown gives that unknown away: checked without the LP, since it
     * is the most common failure (a small count alone in its row).
     */
    private boolean pinnedByOneUnknown() {
        for (int[] relation : exactRelations) {
            if (relation.length == 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The true value lies in the interval, so the interval is exact only if one bound equals it:
     * the second LP is solved only when the first does not settle the verdict.
     */
    private boolean hides(Variable variable, long truth, int threshold, boolean mustNotBeExact) {
        long upper = bound(variable, true);
        if (upper > truth && upper >= threshold) {
            return true;
        }
        long lower = bound(variable, false);
        FeasibilityInterval interval = new FeasibilityInterval(lower, upper);
        if (mustNotBeExact && interval.isExact()) {
            return false;
        }
        return !interval.liesWithin(1, threshold - 1L);
    }

    private long bound(Variable variable, boolean maximum) {
        variable.weight(1);
        try {
            Optimisation.Result result = solve(maximum);
            if (!result.getState().isOptimal() || !integral(result)) {
                for (Variable each : model.getVariables()) {
                    each.integer(true);
                }
                try {
                    result = solve(maximum);
                } finally {
                    for (Variable each : model.getVariables()) {
                        each.integer(false);
                    }
                }
            }
            if (!result.getState().isFeasible()) {
                // The true table is always feasible; a solver that cannot say more has found nothing
                // to hide the cell with, so it is treated as pinned.
                return maximum ? 0 : cap;
            }
            double value = result.getValue();
            return maximum ? (long) Math.floor(value + INTEGRAL) : (long) Math.ceil(value - INTEGRAL);
        } finally {
            variable.weight(0);
        }
    }

    private Optimisation.Result solve(boolean maximum) {
        return maximum ? model.maximise() : model.minimise();
    }

    private static boolean integral(Optimisation.Result result) {
        for (int i = 0; i < result.size(); i++) {
            double value = result.doubleValue(i);
            if (Math.abs(value - Math.rint(value)) > INTEGRAL) {
                return false;
            }
        }
        return true;
    }

    private long shown(long upper) {
        return upper > cap / 2 ? FeasibilityInterval.UNBOUNDED : upper;
    }

    private Variable variable(int cell) {
        return cellVariables[slot[cell]];
    }

    private void constrain(int relation, BitSet unknown) {
        int total = index.totals[relation];
        int[] parts = index.parts[relation];
        if (index.exactSum[relation]) {
            // total = sum of parts, with every known value moved to the right-hand side.
            Expression sum = model.addExpression("r" + relation);
            long known = 0;
            List<Integer> unknowns = new ArrayList<>();
            for (int part : parts) {
                if (unknown.get(part)) {
                    sum.set(variable(part), 1);
                    unknowns.add(part);
                } else {
                    known -= index.values[part];
                }
            }
            if (unknown.get(total)) {
                sum.set(variable(total), -1);
                unknowns.add(total);
            } else {
                known += index.values[total];
            }
            sum.level(known);
            exactRelations.add(unknowns.stream().mapToInt(Integer::intValue).toArray());
            return;
        }
        // Distinct persons: each part is at most the total, the total at most the sum of the parts.
        for (int part : parts) {
            if (!unknown.get(part) && !unknown.get(total)) {
                continue;
            }
            Expression partAtMostTotal = model.addExpression("r" + relation + "p" + part);
            long right = 0;
            if (unknown.get(part)) {
                partAtMostTotal.set(variable(part), 1);
            } else {
                right -= index.values[part];
            }
            if (unknown.get(total)) {
                partAtMostTotal.set(variable(total), -1);
            } else {
                right += index.values[total];
            }
            partAtMostTotal.upper(right);
        }
        Expression totalAtMostSum = model.addExpression("r" + relation + "t");
        long right = 0;
        for (int part : parts) {
            if (unknown.get(part)) {
                totalAtMostSum.set(variable(part), -1);
            } else {
                right += index.values[part];
            }
        }
        if (unknown.get(total)) {
            totalAtMostSum.set(variable(total), 1);
        } else {
            right -= index.values[total];
        }
        totalAtMostSum.upper(right);
    }
}
