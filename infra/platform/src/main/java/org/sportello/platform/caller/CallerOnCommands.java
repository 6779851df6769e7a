package org.sportello.platform.caller;

import java.util.List;
import java.util.function.BiFunction;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * Puts the caller of the current request into every command's metadata when it is dispatched
 * (on the request's thread, where the verified token is known), from {@link CurrentCaller}: the
 * token's {@code sub} and role, never anything a request body said. A caller already in the
 * metadata is overwritten, so code cannot speak for someone else while a token is present.
 * Without a request (startup, event handlers) the command keeps what it carries, which for a
 * command sent from an event handler is the caller of that event (see CallerAutoConfiguration).
 */
public class CallerOnCommands implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> CurrentCaller.get()
                .<CommandMessage<?>>map(caller -> command.andMetaData(caller.asMetaData()))
                .orElse(command);
    }
}
