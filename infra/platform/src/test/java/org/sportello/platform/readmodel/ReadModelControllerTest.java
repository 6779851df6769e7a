package org.sportello.platform.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class ReadModelControllerTest {

    private final ReadModel replayedAtOnce = readModel("intake-projections", Rebuild.completed("intake-projections", 42));
    private final ReadModel catchingUp = readModel("monthly-users", Rebuild.started("monthly-users"));
    private final ReadModelController controller = new ReadModelController(List.of(catchingUp, replayedAtOnce));

    @Test
    void listsEveryReadModelByName() {
        assertThat(controller.names()).containsExactly("intake-projections", "monthly-users");
    }

    @Test
    void completedRebuildIsOkWithWhatWasReplayed() {
        ResponseEntity<Rebuild> answer = controller.rebuild("intake-projections");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).isEqualTo(Rebuild.completed("intake-projections", 42));
    }

    @Test
    void startedRebuildIsAcceptedBecauseItCatchesUpLater() {
        ResponseEntity<Rebuild> answer = controller.rebuild("monthly-users");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(answer.getBody().completion()).isEqualTo(Rebuild.Completion.STARTED);
    }

    @Test
    void unknownNameIsNotFound() {
        assertThatThrownBy(() -> controller.rebuild("waiting-times"))
                .isInstanceOfSatisfying(UnknownReadModel.class,
                        unknown -> assertThat(unknown.typeSlug()).isEqualTo("unknown-read-model"));
    }

    @Test
    void twoReadModelsWithOneNameAreRefusedAtStartup() {
        assertThatThrownBy(() -> new ReadModelController(List.of(replayedAtOnce,
                readModel("intake-projections", Rebuild.started("intake-projections")))))
                .isInstanceOf(DuplicateReadModelName.class);
    }

    private static ReadModel readModel(String name, Rebuild answer) {
        return new ReadModel() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Rebuild rebuild() {
                return answer;
            }
        };
    }
}
