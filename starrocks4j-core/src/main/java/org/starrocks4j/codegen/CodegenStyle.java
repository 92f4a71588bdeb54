package org.starrocks4j.codegen;

/** The shape of generated model code. */
public enum CodegenStyle {
    /** One annotated class per table, view and materialized view. */
    ANNOTATIONS,
    /** One {@link org.starrocks4j.schema.SchemaDefinition} class built with the Java DSL. */
    DSL
}
