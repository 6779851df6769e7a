package org.sportello.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

/** The stand-in for retired codes is shown in answers, never offered to a request. */
class StandInCodesTest {

    enum Channel { WALK_IN, PHONE, @JsonEnumDefaultValue UNRECOGNISED }

    enum Sex { F, M }

    @Test
    void aRequestsEnumLeavesOutTheStandInAndAnAnswersKeepsIt() {
        Schema<?> requestChannel = marked(codes("WALK_IN", "PHONE", "UNRECOGNISED"), Channel.class);
        Schema<?> requestOutcomes = marked(list(codes("WALK_IN", "PHONE", "UNRECOGNISED")),
                TypeFactory.defaultInstance().constructCollectionType(List.class, Channel.class));
        Schema<?> viewChannel = marked(codes("WALK_IN", "PHONE", "UNRECOGNISED"), Channel.class);
        OpenAPI openApi = document(
                object().addProperty("channel", requestChannel).addProperty("channels", requestOutcomes),
                object().addProperty("channel", viewChannel));

        new StandInCodes().customise(openApi);

        assertThat(names(requestChannel)).containsExactly("WALK_IN", "PHONE");
        assertThat(names(requestOutcomes.getItems())).containsExactly("WALK_IN", "PHONE");
        assertThat(names(viewChannel)).containsExactly("WALK_IN", "PHONE", "UNRECOGNISED");
        assertThat(requestChannel.getExtensions()).isNull();
        assertThat(viewChannel.getExtensions()).isNull();
    }

    @Test
    void anEnumWithoutAStandInIsLeftAlone() {
        Schema<?> sex = marked(codes("F", "M"), Sex.class);

        assertThat(sex.getExtensions()).isNull();
    }

    private static Schema<?> marked(Schema<?> property, java.lang.reflect.Type type) {
        return StandInCodes.mark(property, new AnnotatedType(type).schemaProperty(true));
    }

    private static OpenAPI document(Schema<Object> request, Schema<Object> view) {
        Operation operation = new Operation()
                .requestBody(new RequestBody().content(content("#/components/schemas/Request")))
                .responses(new ApiResponses().addApiResponse("200",
                        new ApiResponse().content(content("#/components/schemas/View"))));
        return new OpenAPI()
                .components(new Components().addSchemas("Request", request).addSchemas("View", view))
                .paths(new Paths().addPathItem("/things", new PathItem().post(operation)));
    }

    private static Content content(String ref) {
        return new Content().addMediaType("application/json", new MediaType().schema(new Schema<>().$ref(ref)));
    }

    private static Schema<Object> object() {
        return Schemas.of("object");
    }

    private static Schema<Object> codes(String... values) {
        Schema<Object> codes = Schemas.of("string");
        codes.setEnum(new ArrayList<>(List.of(values)));
        return codes;
    }

    private static List<String> names(Schema<?> codes) {
        return codes.getEnum().stream().map(String::valueOf).toList();
    }

    private static Schema<Object> list(Schema<Object> items) {
        Schema<Object> list = Schemas.of("array");
        list.setItems(items);
        return list;
    }
}
