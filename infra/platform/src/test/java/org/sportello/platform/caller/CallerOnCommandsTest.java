package org.sportello.platform.caller;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class CallerOnCommandsTest {

    private final CallerOnCommands interceptor = new CallerOnCommands();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void commandCarriesTheTokensSubjectAndRole() {
        signIn("op-0173", "ROLE_OPERATOR");

        CommandMessage<?> dispatched = dispatch(GenericCommandMessage.asCommandMessage("record contact"));

        assertThat(dispatched.getMetaData()).containsEntry(Caller.ID, "op-0173").containsEntry(Caller.ROLE, "OPERATOR");
    }

    @Test
    void callerAlreadyInTheMetadataIsReplacedByTheTokens() {
        signIn("op-0173", "ROLE_OPERATOR");
        CommandMessage<?> forged = GenericCommandMessage.<Object>asCommandMessage("record contact")
                .withMetaData(MetaData.from(Map.of(Caller.ID, "someone-else", Caller.ROLE, "ADMIN")));

        CommandMessage<?> dispatched = dispatch(forged);

        assertThat(dispatched.getMetaData()).containsEntry(Caller.ID, "op-0173").containsEntry(Caller.ROLE, "OPERATOR");
    }

    @Test
    void commandWithoutARequestKeepsTheCallerItCarries() {
        CommandMessage<?> fromAnEvent = GenericCommandMessage.<Object>asCommandMessage("close case")
                .withMetaData(new Caller("op-0173", "OPERATOR").asMetaData());

        CommandMessage<?> dispatched = dispatch(fromAnEvent);

        assertThat(dispatched.getMetaData()).containsEntry(Caller.ID, "op-0173");
    }

    private CommandMessage<?> dispatch(CommandMessage<?> command) {
        return interceptor.handle(List.of(command)).apply(0, command);
    }

    private static void signIn(String subject, String... authorities) {
        TestingAuthenticationToken token = new TestingAuthenticationToken(subject, null, authorities);
        token.setAuthenticated(true);
        SecurityContextHolder.getContext().setAuthentication(token);
    }
}
