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
 * connected component): tau-ARGUS's audit, minimising and maximising each cell and each sum of
 * withheld parts of one relation, given every value the attacker knows, the relations and
 * non-negativity.
 *
 * <p>The LP relaxation is solved first ({@link LinearProgram}); only when its optimal point is
 * fractional is the bound solved again as an integer program with ojAlgo, since counts are
 * integers and an LP bound that no integer table reaches would promise protection that does not
 * exist. Every integral optimum is a table the attacker cannot rule out, so it is kept as a
 * witness: a cell that some witness already shows above its true value and above the threshold
 * needs no LP of its own. Cells outside the component are known to the attacker (published,
 * published earlier, or their own), so every relation touching the component has its unknowns inside it.
 */
final class AttackerProblem {

    private static final double INTEGRAL = 1e-6;

    private final CellIndex index;
    private final int[] cells;
    /** For each cell of the release, its variable, or -1 when the attacker knows it. */
    private final int[] slot;
    private final List<int[]> groups = new ArrayList<>();
    private final LinearProgram program;
    /** Variables: the cells, then one per group, its sum. The true value of each. */
    private final long[] truth;
    /** The largest and smallest value of each variable in any integral table found so far. */
    private final long[] highestSeen;
    private final long[] lowestSeen;
    private boolean oneUnknownInAnExactSum;

    AttackerProblem(CellIndex index, BitSet component) {
        this.index = index;
        this.cells = component.stream().toArray();
        slot = new int[index.size()];
        Arrays.fill(slot, -1);
        for (int k = 0; k < cells.length; k++) {
            slot[cells[k]] = k;
        }
        Set<Integer> touching = new LinkedHashSet<>();
        for (int cell : cells) {
            for (int relation : index.relationsOf[cell]) {
                touching.add(relation);
            }
        }
        List<Integer> relations = touching.stream().sorted().toList();
        Set<List<Integer>> seen = new LinkedHashSet<>();
        for (int relation : relations) {
            List<Integer> unknownParts = new ArrayList<>();
            for (int part : index.parts[relation]) {
                if (component.get(part)) {
                    unknownParts.add(part);
                }
            }
            if (unknownParts.size() >= 2 && seen.add(unknownParts)) {
                groups.add(unknownParts.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        int variables = cells.length + groups.size();
        program = new LinearProgram(variables);
        truth = new long[variables];
        for (int k = 0; k < cells.length; k++) {
            truth[k] = index.values[cells[k]];
        }
        for (int g = 0; g < groups.size(); g++) {
            double[] definition = new double[variables];
            definition[cells.length + g] = 1;
            for (int part : groups.get(g)) {
                definition[slot[part]] = -1;
                truth[cells.length + g] += index.values[part];
            }
            program.equal(definition, 0);
        }
        for (int relation : relations) {
            constrain(relation, component, variables);
        }
        highestSeen = truth.clone();
        lowestSeen = truth.clone();
    }

    /**
     * Whether no cell of the component is pinned (exactly known, or known to lie in 1 to
     * threshold - 1) and no sum of its withheld parts of one relation is known to lie there.
     */
    boolean protects(int threshold) {
        if (oneUnknownInAnExactSum) {
            return false;
        }
        for (int variable = 0; variable < truth.length; variable++) {
            if (!hides(variable, threshold, variable < cells.length)) {
                return false;
            }
        }
        return true;
    }

    /** The feasibility interval of one cell of the component. */
    FeasibilityInterval cellInterval(int cell) {
        return variableInterval(slot[cell]);
    }

    /** The feasibility interval of the sum of the withheld parts of each relation that has at least two. */
    List<FeasibilityInterval> groupIntervals() {
        List<FeasibilityInterval> intervals = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            intervals.add(variableInterval(cells.length + g));
        }
        return intervals;
    }

    private FeasibilityInterval variableInterval(int variable) {
        return new FeasibilityInterval(bound(variable, false), bound(variable, true));
    }

    /**
     * The true value lies in the interval, so it is a single value only if a bound equals it;
     * each bound is solved only when no witness settles the verdict.
     */
    private boolean hides(int variable, int threshold, boolean mustNotBeExact) {
        long value = truth[variable];
        if (highestSeen[variable] > value && highestSeen[variable] >= threshold) {
            return true;
        }
        long upper = bound(variable, true);
        if (upper > value && upper >= threshold) {
            return true;
        }
        if (mustNotBeExact && lowestSeen[variable] == upper) {
            long lower = bound(variable, false);
            if (lower == upper) {
                return false;
            }
        }
        if (upper >= threshold || lowestSeen[variable] < 1) {
            return true;
        }
        long lower = bound(variable, false);
        return !new FeasibilityInterval(lower, upper).liesWithin(1, threshold - 1L);
    }

    private long bound(int variable, boolean maximum) {
        LinearProgram.Optimum optimum = program.optimise(variable, maximum);
        if (optimum.unbounded()) {
            return FeasibilityInterval.UNBOUNDED;
        }
        double[] point = optimum.point();
        if (point == null || !integral(point)) {
            point = integerOptimum(variable, maximum);
            if (point == null) {
                // The true table is always feasible: a solver that finds nothing has failed, and the
                // cell is treated as pinned rather than hidden.
                return truth[variable];
            }
        }
        witness(point);
        return Math.round(point[variable]);
    }

    private void witness(double[] point) {
        for (int v = 0; v < point.length; v++) {
            long value = Math.round(point[v]);
            highestSeen[v] = Math.max(highestSeen[v], value);
            lowestSeen[v] = Math.min(lowestSeen[v], value);
        }
    }

    private static boolean integral(double[] point) {
        for (double value : point) {
            if (Math.abs(value - Math.rint(value)) > INTEGRAL) {
                return false;
            }
        }
        return true;
    }

    /** The same problem with integer variables, solved by ojAlgo; null if it finds no optimum. */
    private double[] integerOptimum(int variable, boolean maximum) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] variables = new Variable[program.variables()];
        for (int v = 0; v < variables.length; v++) {
            variables[v] = model.addVariable("v" + v).lower(0).integer(true);
        }
        for (int r = 0; r < program.rows().size(); r++) {
            Expression row = model.addExpression("r" + r);
            double[] coefficients = program.rows().get(r);
            for (int v = 0; v < coefficients.length; v++) {
                if (coefficients[v] != 0) {
                    row.set(variables[v], coefficients[v]);
                }
            }
            double rightHandSide = program.rightHandSides().get(r);
            if (program.equalities().get(r)) {
                row.level(rightHandSide);
            } else {
                row.upper(rightHandSide);
            }
        }
        variables[variable].weight(1);
        Optimisation.Result result = maximum ? model.maximise() : model.minimise();
        if (result.getState() == Optimisation.State.UNBOUNDED) {
            double[] point = new double[variables.length];
            point[variable] = FeasibilityInterval.UNBOUNDED;
            return point;
        }
        if (!result.getState().isOptimal()) {
            return null;
        }
        double[] point = new double[variables.length];
        for (int v = 0; v < point.length; v++) {
            point[v] = Math.rint(result.doubleValue(v));
        }
        return point;
    }

    private void constrain(int relation, BitSet unknown, int variables) {
        int total = index.totals[relation];
        int[] parts = index.parts[relation];
        if (index.exactSum[relation]) {
            // total = sum of parts, with every known value moved to the right-hand side.
            double[] row = new double[variables];
            long known = 0;
            int unknowns = 0;
            for (int part : parts) {
                if (unknown.get(part)) {
                    row[slot[part]] += 1;
                    unknowns++;
                } else {
                    known -= index.values[part];
                }
            }
            if (unknown.get(total)) {
                row[slot[total]] -= 1;
                unknowns++;
            } else {
                known += index.values[total];
            }
            // An exact sum with a single unknown gives it away: the most common failure (a small
            // count alone beside its total), decided without the LP.
            oneUnknownInAnExactSum |= unknowns == 1;
            program.equal(row, known);
            return;
        }
        // Distinct persons: each part is at most the total, the total at most the sum of the parts.
        for (int part : parts) {
            if (!unknown.get(part) && !unknown.get(total)) {
                continue;
            }
            double[] row = new double[variables];
            long right = 0;
            if (unknown.get(part)) {
                row[slot[part]] += 1;
            } else {
                right -= index.values[part];
            }
            if (unknown.get(total)) {
                row[slot[total]] -= 1;
            } else {
                right += index.values[total];
            }
            program.atMost(row, right);
        }
        double[] row = new double[variables];
        long right = 0;
        for (int part : parts) {
            if (unknown.get(part)) {
                row[slot[part]] -= 1;
            } else {
                right += index.values[part];
            }
        }
        if (unknown.get(total)) {
            row[slot[total]] += 1;
        } else {
            right -= index.values[total];
        }
        program.atMost(row, right);
    }
}
