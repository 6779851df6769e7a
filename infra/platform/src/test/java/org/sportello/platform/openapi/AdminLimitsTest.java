package org.sportello.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

/** A read model is named only as the service has it, and the admin endpoints' counts are counts. */
class AdminLimitsTest {

    @Test
    void readModelNamesAreTheServicesOwnEachOnce() {
        Schema<Object> names = Schemas.of("array");
        names.setItems(Schemas.of("string"));
        Parameter name = new Parameter().in("path").name("name").schema(Schemas.of("string"));
        Schema<Object> rebuild = Schemas.of("object").addProperty("readModel", Schemas.of("string"))
                .addProperty("eventsReplayed", Schemas.of("integer").format("int64"));
        OpenAPI openApi = new OpenAPI()
                .components(new Components().addSchemas("Rebuild", rebuild))
                .paths(new Paths()
                        .addPathItem(AdminLimits.READ_MODELS, new PathItem().get(new Operation().responses(
                                new ApiResponses().addApiResponse("200", new ApiResponse().content(
                                        new Content().addMediaType("*/*", new MediaType().schema(names)))))))
                        .addPathItem(AdminLimits.REBUILD, new PathItem().post(new Operation().addParametersItem(name))));

        new AdminLimits(() -> List.of("intake-projections", "citizen-register", "intake-projections")).customise(openApi);

        List<String> expected = List.of("citizen-register", "intake-projections");
        assertThat(names.getMaxItems()).isEqualTo(2);
        assertThat(names.getUniqueItems()).isTrue();
        assertThat(enumOf(names.getItems())).isEqualTo(expected);
        assertThat(enumOf(name.getSchema())).isEqualTo(expected);
        assertThat(enumOf(rebuild.getProperties().get("readModel"))).isEqualTo(expected);
        assertThat(rebuild.getProperties().get("eventsReplayed").getMinimum()).isEqualTo(BigDecimal.ZERO);
        assertThat(rebuild.getProperties().get("eventsReplayed").getMaximum()).isEqualTo(BigDecimal.valueOf(Long.MAX_VALUE));
    }

    @Test
    void retriedCountsAreFromZeroToTheirTypesLargest() {
        Schema<Object> retried = Schemas.of("object")
                .addProperty("processed", Schemas.of("integer").format("int32"))
                .addProperty("remaining", Schemas.of("integer").format("int64"));
        OpenAPI openApi = new OpenAPI().components(new Components().addSchemas("Retried", retried));

        new AdminLimits(List::of).customise(openApi);

        assertThat(retried.getProperties().get("processed").getMaximum()).isEqualTo(BigDecimal.valueOf(Integer.MAX_VALUE));
        assertThat(retried.getProperties().get("remaining").getMinimum()).isEqualTo(BigDecimal.ZERO);
    }

    private static List<String> enumOf(Schema<?> schema) {
        return schema.getEnum() == null ? null : schema.getEnum().stream().map(String::valueOf).toList();
    }
}
