package org.sportello.platform.readmodel;

/**
 * What a rebuild did: replayed every event before answering ({@link Completion#COMPLETED}, with
 * how many), or reset the read model and started a replay that catches up in the background
 * ({@link Completion#STARTED}, e.g. a Kafka consumer group set back to the first offset).
 *
 * @param readModel      the read model's name
 * @param completion     whether the replay has finished
 * @param eventsReplayed events replayed, when completed; null when started
 */
public record Rebuild(String readModel, Completion completion, Long eventsReplayed) {

    public enum Completion {
        COMPLETED,
        STARTED
    }

    public static Rebuild completed(String readModel, long eventsReplayed) {
        return new Rebuild(readModel, Completion.COMPLETED, eventsReplayed);
    }

    public static Rebuild started(String readModel) {
        return new Rebuild(readModel, Completion.STARTED, null);
    }
}
