package org.sportello.reporting.research.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The audit's own simplex against ojAlgo's LP solver, on random feasible programs of the audit's
 * shape: non-negative variables, rows with coefficients -1, 0 or 1, equalities and upper limits
 * (feasible because the right-hand sides come from a non-negative integer point, as the true
 * table is). Every variable is minimised and maximised by both.
 */
class LinearProgramPropertyTest {

    record Program(int variables, List<int[]> rows, List<Boolean> equalities, long[] point) {
    }

    @Property(tries = 150)
    void theSimplexFindsTheSameOptimaAsOjAlgo(@ForAll("programs") Program program) {
        LinearProgram simplex = new LinearProgram(program.variables());
        for (int r = 0; r < program.rows().size(); r++) {
            int[] row = program.rows().get(r);
            double[] coefficients = new double[program.variables()];
            long rightHandSide = 0;
            for (int v = 0; v < coefficients.length; v++) {
                coefficients[v] = row[v];
                rightHandSide += row[v] * program.point()[v];
            }
            if (program.equalities().get(r)) {
                simplex.equal(coefficients, rightHandSide);
            } else {
                simplex.atMost(coefficients, rightHandSide + row[row.length - 1]);
            }
        }
        for (int variable = 0; variable < program.variables(); variable++) {
            for (boolean maximum : new boolean[] {false, true}) {
                LinearProgram.Optimum ours = simplex.optimise(variable, maximum);
                Optimisation.Result theirs = ojAlgo(program, variable, maximum);
                if (theirs.getState() == Optimisation.State.UNBOUNDED) {
                    assertThat(ours.unbounded()).as("variable %d, max %s", variable, maximum).isTrue();
                } else {
                    assertThat(theirs.getState().isOptimal()).isTrue();
                    assertThat(ours.unbounded()).as("variable %d, max %s", variable, maximum).isFalse();
                    assertThat(ours.value()).as("variable %d, max %s", variable, maximum)
                            .isCloseTo(theirs.getValue(), within(1e-6));
                }
            }
        }
    }

    private static Optimisation.Result ojAlgo(Program program, int variable, boolean maximum) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] variables = new Variable[program.variables()];
        for (int v = 0; v < variables.length; v++) {
            variables[v] = model.addVariable("x" + v).lower(0);
        }
        for (int r = 0; r < program.rows().size(); r++) {
            int[] row = program.rows().get(r);
            Expression expression = model.addExpression("r" + r);
            long rightHandSide = 0;
            for (int v = 0; v < variables.length; v++) {
                expression.set(variables[v], row[v]);
                rightHandSide += row[v] * program.point()[v];
            }
            if (program.equalities().get(r)) {
                expression.level(rightHandSide);
            } else {
                expression.upper(rightHandSide + row[row.length - 1]);
            }
        }
        variables[variable].weight(1);
        return maximum ? model.maximise() : model.minimise();
    }

    @Provide
    Arbitrary<Program> programs() {
        return Arbitraries.integers().between(1, 6).flatMap(variables -> Arbitraries.integers().between(1, 5)
                .flatMap(rows -> Combinators.combine(
                        // Each row: its coefficients, then a slack 0..3 for an upper limit.
                        Arbitraries.integers().between(-1, 1).array(int[].class).ofSize(variables + 1)
                                .map(LinearProgramPropertyTest::slackNonNegative).list().ofSize(rows),
                        Arbitraries.of(true, false).list().ofSize(rows),
                        Arbitraries.longs().between(0, 9).array(long[].class).ofSize(variables))
                        .as((coefficients, equalities, point) -> new Program(variables, coefficients, equalities, point))));
    }

    private static int[] slackNonNegative(int[] row) {
        row[row.length - 1] = Math.abs(row[row.length - 1]) * 3;
        return row;
    }
}
