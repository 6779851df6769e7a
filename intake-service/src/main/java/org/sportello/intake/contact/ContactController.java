package org.sportello.intake.contact;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.media.Schema;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sportello.intake.casefile.CaseId;
import org.sportello.intake.citizen.CitizenId;
import org.sportello.platform.caller.CurrentCaller;
import org.sportello.platform.personaldata.PersonalDataReads;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/contacts")
public class ContactController {

    /**
     * The answer to a recorded contact. A partner desk gets the contactId only (what it names in
     * {@code POST /api/desk-referrals}), never the caseId: the case is the secretariat's, and its id
     * would tell the desk whether the person already has a file with the social services (the same id
     * on a second visit, a new one after a closure) and is the handle of every case endpoint.
     */
    public record Recorded(
            UUID contactId,
            @Schema(description = "The case the contact joined or opened; null for an anonymous contact, and "
                    + "always null in a partner desk's answer, which carries no case data", nullable = true)
            UUID caseId) {
    }

    private final CommandGateway commands;
    private final ContactProjection contacts;
    private final PersonalDataReads reads;
    private final Clock clock;

    public ContactController(CommandGateway commands, ContactProjection contacts, PersonalDataReads reads, Clock clock) {
        this.commands = commands;
        this.contacts = contacts;
        this.reads = reads;
        this.clock = clock;
    }

    @PostMapping
    public ResponseEntity<Recorded> record(@Valid @RequestBody RecordContactRequest request) {
        // Security lets no request without a verified token reach a controller.
        Recorder recorder = Recorder.of(CurrentCaller.get().orElseThrow());
        if (recorder == Recorder.PARTNER_DESK && !CurrentCaller.offices().contains(request.officeId())) {
            throw new NotTheirDesk(request.officeId());
        }
        ContactId contactId = ContactId.random();
        Instant now = clock.instant();
        UUID caseId = null;
        if (request.citizenId() == null) {
            commands.sendAndWait(new RecordAnonymousContact(contactId, request.details(contactId.subject()), recorder,
                    now));
        } else {
            CitizenId citizenId = new CitizenId(request.citizenId());
            CaseId joined = commands.sendAndWait(new RecordContact(contactId, citizenId, CaseId.random(),
                    request.details(citizenId.subject()), recorder, now));
            caseId = recorder == Recorder.PARTNER_DESK ? null : joined.value();
        }
        return ResponseEntity.created(URI.create("/api/contacts/" + contactId))
                .body(new Recorded(contactId.value(), caseId));
    }

    /** A named citizen's contact, notes included, is a read of personal data, logged for audits. */
    @GetMapping("/{contactId}")
    public ContactProjection.ContactView get(@PathVariable UUID contactId) {
        ContactProjection.ContactView contact = contacts.find(new ContactId(contactId))
                .orElseThrow(() -> new ContactNotFound(contactId));
        if (contact.citizenId() != null) {
            reads.record(new CitizenId(contact.citizenId()).subject(), CurrentCaller.id(), "contact " + contactId);
        }
        return contact;
    }
}
