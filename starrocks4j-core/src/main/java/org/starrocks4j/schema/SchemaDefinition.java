package org.starrocks4j.schema;

/**
 * A class that defines a schema with the Java DSL. The CLI's {@code models:CLASS} source instantiates it
 * (public no-argument constructor) and calls {@link #schema()}.
 *
 * <pre>{@code
 * public class AnalyticsSchema implements SchemaDefinition {
 *     public Schema schema() {
 *         return Schema.of(Table.builder("events").column("id", Types.BIGINT).build());
 *     }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface SchemaDefinition {

    /** The schema this definition declares. */
    Schema schema();
}
