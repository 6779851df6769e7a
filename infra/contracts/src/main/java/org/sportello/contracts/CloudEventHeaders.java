package org.sportello.contracts;

/**
 * Kafka header names of CloudEvents' binary mode (CloudEvents Kafka protocol binding 1.0):
 * the event's metadata travels in headers and the record value is the event's JSON alone. These
 * are the names the CloudEvents SDK writes ({@code io.cloudevents:cloudevents-kafka}), which is
 * how the relay writes them; consumers without the SDK read the headers by these names.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
