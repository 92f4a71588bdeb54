/**
 * Java source generation from the schema model: {@link org.starrocks4j.codegen.JavaCodegen} writes annotated model
 * classes or one {@link org.starrocks4j.schema.SchemaDefinition} for every table, view and materialized view of a
 * schema — the Java counterpart of sqlacodegen. The sources are returned as text; writing files is the caller's job.
 */
package org.starrocks4j.codegen;
