package org.sportello.intake.citizen;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.sportello.platform.personaldata.Erasure;
import org.sportello.platform.personaldata.ErasureGround;
import org.sportello.platform.personaldata.SubjectId;

/**
 * An administrator erased the citizen's personal data (GDPR art. 17): their data key was shredded
 * and their fiscal code's claim released in the same transaction. Holds no personal data itself,
 * so it stays readable for ever, and it is what the erasure log and the published
 * {@code CitizenErased} are made from.
 *
 * @param reference the administration's own reference for the request, such as a protocol number
 * @param erasedBy  the operator id of the administrator, or {@code retention} when the retention period did
 */
public record CitizenErased(CitizenId citizenId, ErasureGround ground, String reference, String erasedBy,
                            Instant erasedAt) implements Erasure {

    @Override
    @JsonIgnore
    public SubjectId subject() {
        return citizenId.subject();
    }
}
