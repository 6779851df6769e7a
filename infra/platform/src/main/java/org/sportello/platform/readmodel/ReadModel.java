package org.sportello.platform.readmodel;

/**
 * A read model that can be thrown away and rebuilt from the source of truth: an Axon projection
 * from the service's event store, or a Kafka projection from the topics it consumes. Each is a
 * bean; administrators list them and rebuild one by name ({@code /api/admin/read-models}).
 *
 * <p>Command-side tables (claims that enforce rules across aggregates) and audit logs are never
 * read models: they are not rebuilt and never truncated.
 */
public interface ReadModel {

    /** The public name, e.g. {@code intake-projections} or {@code monthly-users}: written once, never derived. */
    String name();

    /** Resets the read model and replays its source into it; see {@link Rebuild} for what it answers. */
    Rebuild rebuild();
}
