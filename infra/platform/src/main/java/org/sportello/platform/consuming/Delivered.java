package org.sportello.platform.consuming;

/**
 * An event as a projection receives it: what it says, read from the record's value, and its
 * CloudEvents id ({@code ce_id}), by which the projection recognises a redelivery.
 */
public record Delivered<T>(String eventId, T event) {
}
