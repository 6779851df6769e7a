package org.sportello.platform.readmodel;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;

/** Every service can list and rebuild its read models over HTTP, whatever they are built from. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(ReadModelController.class)
public class ReadModelAutoConfiguration {
}
