package org.sportello.reporting.research.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The audit's own simplex against ojAlgo's LP solver, on random feasible programs of the audit's
 * shape: non-negative variables, rows with coefficients -1, 0 or 1, equalities and upper limits
 * (feasible because the right-hand sides come from a non-negative integer point, as the true
 * table is). Every variable is minimised and maximised by both. 150 programs drawn from a fixed
 * seed, so a failure names its program and repeats on every run.
 */
class LinearProgramPropertyTest {

    record Program(int variables, List<int[]> rows, List<Boolean> equalities, long[] point) {

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("point ").append(java.util.Arrays.toString(point));
            for (int r = 0; r < rows.size(); r++) {
                text.append(equalities.get(r) ? ", = " : ", <= ").append(java.util.Arrays.toString(rows.get(r)));
            }
            return text.toString();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void theSimplexFindsTheSameOptimaAsOjAlgo(Program program) {
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

    static Stream<Program> programs() {
        Random random = new Random(20261203L);
        return Stream.generate(() -> program(random)).limit(150);
    }

    private static Program program(Random random) {
        int variables = 1 + random.nextInt(6);
        int rows = 1 + random.nextInt(5);
        List<int[]> coefficients = new ArrayList<>();
        List<Boolean> equalities = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            // Each row: its coefficients -1, 0 or 1, then a slack 0 or 3 for an upper limit.
            int[] row = new int[variables + 1];
            for (int v = 0; v < variables; v++) {
                row[v] = random.nextInt(3) - 1;
            }
            row[variables] = random.nextInt(2) * 3;
            coefficients.add(row);
            equalities.add(random.nextBoolean());
        }
        long[] point = new long[variables];
        for (int v = 0; v < variables; v++) {
            point[v] = random.nextInt(10);
        }
        return new Program(variables, coefficients, equalities, point);
    }
}
