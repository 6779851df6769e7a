package org.sportello.platform.personaldata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.sportello.platform.problem.Problems;

/**
 * Body of every service's erasure request ({@code POST /api/citizens/{citizenId}/erasure},
 * {@code POST /api/operators/{operatorId}/erasure}): shape only; whether the subject can be erased
 * is the service's rule.
 *
 * @param reference the administration's reference for the request (a protocol number, a file
 *                  number): one line, and never the person's name, since it is kept for ever
 */
public record ErasureRequest(
        @NotNull @GroundInUse ErasureGround ground,
        @NotBlank @Size(max = MAX_REFERENCE) @Pattern(regexp = Problems.NO_CONTROL_CHARACTERS,
                message = ONE_LINE_MESSAGE) String reference) {

    public static final int MAX_REFERENCE = 100;
    static final String ONE_LINE_MESSAGE = "must be one line, without tabs or control characters";
}
