package org.sportello.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code sportello.http.max-request-body-size}: the largest request body a service reads. The
 * largest legitimate body (a contact with 4000 characters of notes) is a few KiB; the limit keeps a
 * client from making a service buffer megabytes, per request thread, before validation says no.
 */
@ConfigurationProperties("sportello.http")
public record HttpLimits(@DefaultValue("256KB") DataSize maxRequestBodySize) {
}
