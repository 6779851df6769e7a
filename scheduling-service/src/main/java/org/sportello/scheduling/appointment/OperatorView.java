package org.sportello.scheduling.appointment;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.sportello.scheduling.operator.OperatorId;
import org.sportello.scheduling.operator.OperatorRole;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** An operator booked or proposed, and in which role, as the API and the read tables write it. */
public record OperatorView(@Schema(minLength = 1, maxLength = OperatorId.MAX_LENGTH) String operatorId,
                           OperatorRole role) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<OperatorView>> LIST = new TypeReference<>() {
    };

    static List<OperatorView> of(List<BookedOperator> operators) {
        return operators.stream().map(o -> new OperatorView(o.operatorId().value(), o.role())).toList();
    }

    /** A read table's column: the list as JSON (operator ids may hold any of . _ @ : -). */
    static String column(List<BookedOperator> operators) {
        return JSON.writeValueAsString(of(operators));
    }

    static List<OperatorView> fromColumn(String json) {
        return json == null ? null : JSON.readValue(json, LIST);
    }

    BookedOperator booked() {
        return new BookedOperator(new OperatorId(operatorId), role);
    }
}
