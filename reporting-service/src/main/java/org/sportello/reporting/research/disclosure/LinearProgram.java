package org.sportello.reporting.research.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The LP relaxation of an attacker's problem, for non-negative variables and rows of the form
 * {@code a x = b} or {@code a x <= b}, solved by a dense two-phase simplex with Bland's rule.
 *
 * <p>Why not ojAlgo here: the audit solves thousands of LPs of a few variables per release, and
 * ojAlgo's model building and presolve cost 0.2 to 1 ms per solve on the service's machine
 * (measured), far above the whole budget of a month's protection; a dense tableau of 30 columns
 * solves in microseconds. Phase one runs once and every objective (each cell, each sum, min and
 * max) starts from its feasible basis. ojAlgo solves the integer programs (see
 * {@link AttackerProblem}), and a property test checks this LP against ojAlgo's.
 */
final class LinearProgram {

    private static final double EPSILON = 1e-9;

    private final int variables;
    private final List<double[]> rows = new ArrayList<>();
    private final List<Double> rightHandSides = new ArrayList<>();
    private final List<Boolean> equalities = new ArrayList<>();
    /** The tableau after phase one: rows of constraints, columns of variables then slacks, then the right-hand side. */
    private double[][] feasible;
    private int[] feasibleBasis;
    private int columns;
    private boolean infeasible;

    LinearProgram(int variables) {
        this.variables = variables;
    }

    int variables() {
        return variables;
    }

    List<double[]> rows() {
        return rows;
    }

    List<Double> rightHandSides() {
        return rightHandSides;
    }

    List<Boolean> equalities() {
        return equalities;
    }

    void equal(double[] coefficients, double rightHandSide) {
        add(coefficients, rightHandSide, true);
    }

    void atMost(double[] coefficients, double rightHandSide) {
        add(coefficients, rightHandSide, false);
    }

    private void add(double[] coefficients, double rightHandSide, boolean equality) {
        rows.add(coefficients.clone());
        rightHandSides.add(rightHandSide);
        equalities.add(equality);
        feasible = null;
    }

    /** The optimum of one variable: {@code point} is null when the LP is infeasible, value infinite when unbounded. */
    record Optimum(double value, double[] point) {

        boolean unbounded() {
            return Double.isInfinite(value);
        }

        boolean infeasible() {
            return point == null && !unbounded();
        }
    }

    Optimum optimise(int variable, boolean maximum) {
        if (feasible == null) {
            phaseOne();
        }
        if (infeasible) {
            return new Optimum(Double.NaN, null);
        }
        double[][] tableau = new double[feasible.length][];
        for (int r = 0; r < feasible.length; r++) {
            tableau[r] = feasible[r].clone();
        }
        int[] basis = feasibleBasis.clone();
        double[] cost = new double[columns];
        // Minimise: the objective's coefficient is +1 to minimise the variable, -1 to maximise it.
        cost[variable] = maximum ? -1 : 1;
        if (!run(tableau, basis, cost, columns)) {
            return new Optimum(Double.POSITIVE_INFINITY, null);
        }
        double[] point = point(tableau, basis);
        return new Optimum(point[variable], point);
    }

    private void phaseOne() {
        int m = rows.size();
        int slacks = 0;
        for (boolean equality : equalities) {
            if (!equality) {
                slacks++;
            }
        }
        int structural = variables + slacks;
        int total = structural + m;
        double[][] tableau = new double[m][total + 1];
        int[] basis = new int[m];
        int slack = variables;
        for (int r = 0; r < m; r++) {
            double[] row = rows.get(r);
            double rhs = rightHandSides.get(r);
            System.arraycopy(row, 0, tableau[r], 0, variables);
            if (!equalities.get(r)) {
                tableau[r][slack++] = 1;
            }
            tableau[r][total] = rhs;
            if (rhs < 0) {
                for (int c = 0; c <= total; c++) {
                    tableau[r][c] = -tableau[r][c];
                }
            }
            // Every row gets an artificial variable: simple, and phase one drives them all out.
            tableau[r][structural + r] = 1;
            basis[r] = structural + r;
        }
        double[] cost = new double[total];
        for (int r = 0; r < m; r++) {
            cost[structural + r] = 1;
        }
        run(tableau, basis, cost, total);
        double artificial = 0;
        for (int r = 0; r < m; r++) {
            if (basis[r] >= structural) {
                artificial += tableau[r][total];
            }
        }
        if (artificial > 1e-7) {
            infeasible = true;
            feasible = new double[0][];
            return;
        }
        // Drive the artificials left in the basis (at zero) out, or drop their rows as redundant.
        List<Integer> kept = new ArrayList<>();
        for (int r = 0; r < m; r++) {
            if (basis[r] >= structural) {
                int entering = -1;
                for (int c = 0; c < structural; c++) {
                    if (Math.abs(tableau[r][c]) > EPSILON) {
                        entering = c;
                        break;
                    }
                }
                if (entering < 0) {
                    continue;
                }
                pivot(tableau, basis, r, entering);
            }
            kept.add(r);
        }
        columns = structural;
        feasible = new double[kept.size()][];
        feasibleBasis = new int[kept.size()];
        for (int k = 0; k < kept.size(); k++) {
            double[] row = Arrays.copyOf(tableau[kept.get(k)], structural + 1);
            row[structural] = tableau[kept.get(k)][total];
            feasible[k] = row;
            feasibleBasis[k] = basis[kept.get(k)];
        }
    }

    /** Minimises cost over the columns below {@code limit}; false when unbounded. */
    private static boolean run(double[][] tableau, int[] basis, double[] cost, int limit) {
        int rhs = tableau.length == 0 ? limit : tableau[0].length - 1;
        while (true) {
            int entering = -1;
            for (int c = 0; c < limit; c++) {
                double reduced = cost[c];
                for (int r = 0; r < tableau.length; r++) {
                    reduced -= cost[basis[r]] * tableau[r][c];
                }
                if (reduced < -EPSILON && !inBasis(basis, c)) {
                    entering = c;
                    break;
                }
            }
            if (entering < 0) {
                return true;
            }
            int leaving = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int r = 0; r < tableau.length; r++) {
                if (tableau[r][entering] > EPSILON) {
                    double ratio = tableau[r][rhs] / tableau[r][entering];
                    boolean smaller = ratio < best - EPSILON;
                    boolean tie = !smaller && ratio <= best + EPSILON && leaving >= 0 && basis[r] < basis[leaving];
                    if (leaving < 0 || smaller || tie) {
                        best = Math.min(best, ratio);
                        leaving = r;
                    }
                }
            }
            if (leaving < 0) {
                return false;
            }
            pivot(tableau, basis, leaving, entering);
        }
    }

    private static boolean inBasis(int[] basis, int column) {
        for (int b : basis) {
            if (b == column) {
                return true;
            }
        }
        return false;
    }

    private static void pivot(double[][] tableau, int[] basis, int row, int column) {
        double[] pivotRow = tableau[row];
        double factor = pivotRow[column];
        for (int c = 0; c < pivotRow.length; c++) {
            pivotRow[c] /= factor;
        }
        for (int r = 0; r < tableau.length; r++) {
            if (r != row) {
                double multiple = tableau[r][column];
                if (multiple != 0) {
                    double[] target = tableau[r];
                    for (int c = 0; c < target.length; c++) {
                        target[c] -= multiple * pivotRow[c];
                    }
                }
            }
        }
        basis[row] = column;
    }

    private double[] point(double[][] tableau, int[] basis) {
        double[] point = new double[variables];
        for (int r = 0; r < tableau.length; r++) {
            if (basis[r] < variables) {
                point[basis[r]] = tableau[r][tableau[r].length - 1];
            }
        }
        return point;
    }
}
