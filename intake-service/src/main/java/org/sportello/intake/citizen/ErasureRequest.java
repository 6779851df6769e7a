package org.sportello.intake.citizen;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.sportello.platform.personaldata.ErasureGround;

/**
 * Body of {@code POST /api/citizens/{citizenId}/erasure}.
 *
 * @param reference the administration's reference for the request (a protocol number, a file
 *                  number): one line, and never the person's name, since it is kept for ever
 */
public record ErasureRequest(
        @NotNull @GroundInUse ErasureGround ground,
        @NotBlank @Size(max = MAX_REFERENCE) @Pattern(regexp = RegisterCitizenRequest.ONE_LINE,
                message = RegisterCitizenRequest.ONE_LINE_MESSAGE) String reference) {

    public static final int MAX_REFERENCE = 100;
}
