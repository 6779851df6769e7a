package org.sportello.testing.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DocumentedSchemasTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNode DOCUMENT = JSON.readTree("""
            {"components": {"schemas": {
              "Problem": {"type": "object", "required": ["status"], "properties": {
                "status": {"type": "integer", "minimum": 400, "maximum": 599},
                "title": {"type": "string", "maxLength": 10, "pattern": "^[^\\\\n]*$"},
                "errors": {"type": "array", "maxItems": 1, "items": {"$ref": "#/components/schemas/Error"}}}},
              "Error": {"type": ["object"], "properties": {"code": {"type": "string", "enum": ["A", "B"]}}}}}}
            """);

    @Test
    void anAnswerWithinEveryLimitHasNoViolations() {
        JsonNode problem = JSON.readTree("""
                {"status": 404, "title": "Not found", "errors": [{"code": "A"}], "extra": "not described"}""");

        assertThat(DocumentedSchemas.violations(DOCUMENT, "Problem", problem)).isEmpty();
    }

    @Test
    void eachBrokenLimitIsNamedWithItsPlace() {
        JsonNode problem = JSON.readTree("""
                {"title": "Far too long\\nfor this", "errors": [{"code": "C"}, {"code": "A"}]}""");

        assertThat(DocumentedSchemas.violations(DOCUMENT, "Problem", problem)).containsExactlyInAnyOrder(
                "$ lacks status",
                "$.title has 21 characters, more than maxLength 10",
                "$.title 'Far too long\nfor this' does not match ^[^\\n]*$",
                "$.errors has 2 items, more than maxItems 1",
                "$.errors[0].code is \"C\", not one of [\"A\",\"B\"]");
    }
}
