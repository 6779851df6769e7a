package org.sportello.reporting.research.codingschemes;

import java.net.URI;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.sportello.platform.caller.CurrentCaller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

@RestController
@RequestMapping(path = "/api/research/coding-schemes", produces = MediaType.APPLICATION_JSON_VALUE)
public class CodingSchemesController {

    private final CodingSchemes schemes;
    private final Clock clock;

    CodingSchemesController(CodingSchemes schemes, Clock clock) {
        this.schemes = schemes;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Every coding scheme, oldest first",
            description = "Which outcome codes count as care and which as control, and the episode window, of every"
                    + " version; v1 is the default. Role RESEARCHER or ADMIN.")
    public CodingSchemeView.Schemes list() {
        return new CodingSchemeView.Schemes(schemes.all().stream().map(CodingSchemeView::of).toList());
    }

    @GetMapping("/{version}")
    @Operation(summary = "One coding scheme",
            description = "404 unknown-coding-scheme when no scheme has the version. Role RESEARCHER or ADMIN.")
    public CodingSchemeView get(@Parameter(description = "The scheme's version, e.g. v1",
            schema = @Schema(type = "string", maxLength = 32, pattern = NewCodingScheme.VERSION_PATTERN))
                                @PathVariable String version) {
        return CodingSchemeView.of(schemes.find(version)
                .orElseThrow(() -> new UnknownCodingScheme("version", version)));
    }

    @PutMapping(path = "/{version}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Writes a new coding scheme",
            description = """
                    Creates the version (role ADMIN): 201 with Location and the scheme, state COMPUTING; its episodes \
                    are then computed from the stored facts in the background, and it becomes READY (until then a \
                    query naming it gets 409 coding-scheme-not-ready). An existing version is never changed: 409 \
                    coding-scheme-exists. 422 invalid-coding-scheme naming the field: version not 1 to 32 lower-case \
                    letters, digits and inner hyphens; an unknown outcome code in care or control; no care code; a \
                    code both care and control; window not an ISO-8601 period of 1 to 365 days; reasons blank or \
                    over 4000 characters. A refused request writes nothing.""")
    public ResponseEntity<CodingSchemeView> put(@Parameter(description = "The new version, e.g. v2",
            schema = @Schema(type = "string", maxLength = 32, pattern = NewCodingScheme.VERSION_PATTERN))
                                                @PathVariable String version,
                                                @RequestBody NewCodingScheme body) {
        CodingScheme scheme = schemes.create(body.validate(version,
                // As stored: PostgreSQL keeps microseconds, and the answer must read as a later GET does.
                clock.instant().truncatedTo(ChronoUnit.MICROS), CurrentCaller.id()));
        return ResponseEntity.created(URI.create("/api/research/coding-schemes/" + scheme.version()))
                .body(CodingSchemeView.of(scheme));
    }
}
