package org.sportello.platform.personaldata.erasurelog;

import java.time.Instant;
import java.util.Objects;

import org.sportello.platform.personaldata.Erasure;
import org.sportello.platform.personaldata.ErasureGround;
import org.sportello.platform.personaldata.SubjectId;

/** An erasure as the erasure log keeps it, and as a re-application hands it to the service. */
public record LoggedErasure(SubjectId subject, ErasureGround ground, String reference, String erasedBy,
                            Instant erasedAt) implements Erasure {

    public LoggedErasure {
        Objects.requireNonNull(subject, "an erasure names its subject");
    }

    static LoggedErasure of(Erasure erasure) {
        return new LoggedErasure(erasure.subject(), erasure.ground(), erasure.reference(), erasure.erasedBy(),
                erasure.erasedAt());
    }
}
