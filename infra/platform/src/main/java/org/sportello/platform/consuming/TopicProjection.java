package org.sportello.platform.consuming;

import java.util.Objects;
import java.util.Set;

/**
 * A {@link KafkaProjection} whose subscription (name, topic, group, threads, types) is fixed when
 * it is made, so that a projection writes only what is its own: how it reads an event, how it
 * applies a batch, which tables it fills.
 *
 * @param <T> what the projection keeps of an event
 */
public abstract class TopicProjection<T> implements KafkaProjection<T> {

    private final String name;
    private final String topic;
    private final String groupId;
    private final int concurrency;
    private final Set<String> types;

    /**
     * @param name        the public name ({@link KafkaProjection#name()}), written once
     * @param topic       the topic it consumes
     * @param groupId     its own consumer group
     * @param concurrency consumer threads in this instance, at least 1
     * @param types       the {@code ce_type}s it applies
     */
    protected TopicProjection(String name, String topic, String groupId, int concurrency, Set<String> types) {
        if (concurrency < 1) {
            throw new IllegalArgumentException(name + ": concurrency must be at least 1, not " + concurrency);
        }
        this.name = Objects.requireNonNull(name, "name");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.groupId = Objects.requireNonNull(groupId, "groupId");
        this.concurrency = concurrency;
        this.types = Set.copyOf(types);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String topic() {
        return topic;
    }

    @Override
    public final String groupId() {
        return groupId;
    }

    @Override
    public final int concurrency() {
        return concurrency;
    }

    @Override
    public final Set<String> types() {
        return types;
    }
}
