/**
 * The events Sportello's services publish on Kafka: the system's public record.
 *
 * <p>Plain records and enums, no framework types, so that any consumer can read them and a
 * change of framework never changes the wire. Each event has a JSON schema and an example under
 * {@code src/main/resources/contracts/}. A version only gains optional fields; any other change
 * is a new version published beside the old one.
 */
package org.sportello.contracts;
