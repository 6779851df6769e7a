package org.sportello.platform.problem;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The refusals every service inherits from the platform, each a problem naming what was wrong. */
class ProblemDetailsAdviceTest {

    private final MockMvc mvc = PlatformWebSlice.mockMvc();

    @Test
    void wellFormedBodyIsAccepted() throws Exception {
        postJson("{\"note\":\"tab\\tand\\nnewline\\r\",\"bornOn\":\"1980-01-01\",\"at\":\"2025-01-31T09:30:00Z\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.note").value("tab\tand\nnewline\r"));
    }

    @Test
    void keyGivenTwiceIsInvalidInputNamingTheKey() throws Exception {
        expectInvalid(postJson("{\"note\":\"first\",\"note\":\"second\"}"), "note");
    }

    @Test
    void nestedKeyGivenTwiceIsNamedByItsPath() throws Exception {
        expectInvalid(postJson("{\"needs\":[{\"area\":\"x\",\"categories\":[],\"area\":\"y\"}]}"), "needs[0].area");
    }

    @Test
    void nulInTextIsInvalidInputNamingTheField() throws Exception {
        expectInvalid(postJson("{\"note\":\"a\\u0000b\"}"), "note")
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("control characters")));
    }

    @Test
    void deleteCharacterInTextIsInvalidInput() throws Exception {
        expectInvalid(postJson("{\"note\":\"a\\u007fb\"}"), "note");
    }

    @Test
    void controlCharacterInAListIsNamedByItsIndex() throws Exception {
        expectInvalid(postJson("{\"needs\":[{\"area\":\"x\",\"categories\":[\"ok\",\"\\u001b[31m\"]}]}"),
                "needs[0].categories[1]");
    }

    @Test
    void negativeYearIsInvalidInput() throws Exception {
        expectInvalid(postJson("{\"bornOn\":\"-5000-01-01\"}"), "bornOn")
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("1 to 9999")));
    }

    @Test
    void yearZeroIsInvalidInput() throws Exception {
        expectInvalid(postJson("{\"bornOn\":\"0000-01-01\"}"), "bornOn");
    }

    @Test
    void yearBeyond9999IsInvalidInput() throws Exception {
        expectInvalid(postJson("{\"bornOn\":\"+10000-01-01\"}"), "bornOn");
    }

    @Test
    void numberForADateIsInvalidInput() throws Exception {
        expectInvalid(postJson("{\"bornOn\":42}"), "bornOn");
    }

    @Test
    void instantBeyond9999IsInvalidInput() throws Exception {
        expectInvalid(postJson("{\"at\":\"+10000-01-01T00:00:00Z\"}"), "at");
    }

    @Test
    void instantWithNegativeYearIsInvalidInput() throws Exception {
        expectInvalid(postJson("{\"at\":\"-5000-01-01T00:00:00Z\"}"), "at");
    }

    @Test
    void overlongUtf8IsInvalidInputOfTheBody() throws Exception {
        // C0 AF is an overlong '/', which Jackson would decode.
        expectInvalid(postBytes(bytes("{\"note\":\"a", 0xC0, 0xAF, "\"}")), "body")
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("UTF-8")));
    }

    @Test
    void strayFfByteIsInvalidInputOfTheBody() throws Exception {
        expectInvalid(postBytes(bytes("{\"note\":\"a", 0xFF, "\"}")), "body");
    }

    @Test
    void encodedSurrogateIsInvalidInputOfTheBody() throws Exception {
        expectInvalid(postBytes(bytes("{\"note\":\"a", 0xED, 0xA0, 0x80, "\"}")), "body");
    }

    @Test
    void declaredBodyOverTheLimitIsTooLarge() throws Exception {
        String big = "{\"note\":\"" + "x".repeat((int) PlatformWebSlice.BODY_LIMIT) + "\"}";
        postJson(big)
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.TYPE_BASE + Problems.REQUEST_BODY_TOO_LARGE))
                .andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    @Test
    void missingBodyIsInvalidInputOfTheBody() throws Exception {
        expectInvalid(mvc.perform(post("/visits").contentType(MediaType.APPLICATION_JSON)), "body");
    }

    @Test
    void unsupportedMediaTypeNamesTheContentType() throws Exception {
        mvc.perform(post("/visits").contentType(MediaType.TEXT_PLAIN).content("note"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.TYPE_BASE + Problems.UNSUPPORTED_MEDIA_TYPE))
                .andExpect(jsonPath("$.errors[0].field").value("Content-Type"));
    }

    @Test
    void methodNotAllowedNamesTheMethodAndSaysWhichAre() throws Exception {
        mvc.perform(delete("/visits"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", containsString("POST")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.TYPE_BASE + Problems.METHOD_NOT_ALLOWED))
                .andExpect(jsonPath("$.errors[0].field").value("method"));
    }

    @Test
    void unacceptableResponseTypeNamesTheAcceptHeader() throws Exception {
        mvc.perform(get("/visits").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotAcceptable())
                .andExpect(jsonPath("$.type").value(Problems.TYPE_BASE + Problems.NOT_ACCEPTABLE))
                .andExpect(jsonPath("$.errors[0].field").value("Accept"));
    }

    private ResultActions postJson(String json) throws Exception {
        return mvc.perform(post("/visits").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions postBytes(byte[] body) throws Exception {
        return mvc.perform(post("/visits").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static ResultActions expectInvalid(ResultActions result, String field) throws Exception {
        return result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.TYPE_BASE + Problems.INVALID_INPUT))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    /** Text and raw byte values, concatenated: a body no Java string can carry. */
    static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String text) {
                out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }
}
