package org.sportello.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

class FormatLimitsTest {

    private final FormatLimits limits = new FormatLimits();

    @Test
    void aUuidPathParameterIsAsLongAsAUuidAndShapedLikeOne() {
        Parameter caseId = new Parameter().name("caseId").in("path").schema(string("uuid"));
        OpenAPI document = withOperation(new Operation().parameters(List.of(caseId)));

        limits.customise(document);

        assertThat(caseId.getSchema().getMaxLength()).isEqualTo(36);
        assertThat(caseId.getSchema().getPattern()).isEqualTo(FormatLimits.UUID_PATTERN);
        assertThat("3f2504e0-4f89-11d3-9a0c-0305e82c3301").matches(caseId.getSchema().getPattern());
    }

    @Test
    void datesAndInstantsInBodiesAndAnswersGetAMaximumLength() {
        Schema<Object> view = Schemas.of("object");
        view.addProperty("openedAt", string("date-time"));
        view.addProperty("birthDate", string("date"));
        OpenAPI document = withOperation(new Operation());
        document.components(new Components().addSchemas("CaseView", view));

        limits.customise(document);

        assertThat(view.getProperties().get("openedAt").getMaxLength()).isEqualTo(FormatLimits.DATE_TIME_LENGTH);
        assertThat(view.getProperties().get("birthDate").getMaxLength()).isEqualTo(FormatLimits.DATE_TIME_LENGTH);
    }

    @Test
    void aLimitTheFieldStatesIsKept() {
        Schema<Object> view = Schemas.of("object");
        Schema<Object> id = string("uuid");
        id.setMaxLength(30);
        view.addProperty("id", id);
        OpenAPI document = withOperation(new Operation());
        document.components(new Components().addSchemas("View", view));

        limits.customise(document);

        assertThat(id.getMaxLength()).isEqualTo(30);
    }

    @Test
    void freeTextIsLeftToItsValidationAnnotations() {
        Schema<Object> notes = Schemas.of("string");
        Schema<Object> view = Schemas.of("object");
        view.addProperty("notes", notes);
        OpenAPI document = withOperation(new Operation());
        document.components(new Components().addSchemas("ContactView", view));

        limits.customise(document);

        assertThat(notes.getMaxLength()).isNull();
        assertThat(notes.getPattern()).isNull();
    }

    @Test
    void anIntegerParameterRangesOverItsType() {
        Schema<Object> page = Schemas.of("integer");
        page.setFormat("int32");
        Schema<Object> bounded = Schemas.of("integer");
        bounded.setFormat("int64");
        bounded.setMinimum(BigDecimal.ONE);
        OpenAPI document = withOperation(new Operation().parameters(List.of(
                new Parameter().name("page").in("query").schema(page),
                new Parameter().name("size").in("query").schema(bounded))));

        limits.customise(document);

        assertThat(page.getMinimum()).isEqualByComparingTo(BigDecimal.valueOf(Integer.MIN_VALUE));
        assertThat(page.getMaximum()).isEqualByComparingTo(BigDecimal.valueOf(Integer.MAX_VALUE));
        assertThat(bounded.getMinimum()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(bounded.getMaximum()).isEqualByComparingTo(BigDecimal.valueOf(Long.MAX_VALUE));
    }

    private static Schema<Object> string(String format) {
        Schema<Object> schema = Schemas.of("string");
        schema.setFormat(format);
        return schema;
    }

    private static OpenAPI withOperation(Operation operation) {
        return new OpenAPI().paths(new Paths().addPathItem("/api/cases/{caseId}", new PathItem().get(operation)));
    }
}
