package org.starrocks4j.source;

import org.starrocks4j.schema.Schema;

/**
 * One kind of schema source ({@code models:CLASS}, {@code sql:FILE}, {@code db}, {@code jdbc:...},
 * {@code history:DIR}). Providers are found with {@link java.util.ServiceLoader} so each module contributes the
 * sources it can read without the others knowing it; {@link SchemaSources} picks the one that handles a spec.
 */
public interface SchemaSourceProvider {

    /** True when this provider reads the given spec, e.g. {@code spec.startsWith("sql:")}. */
    boolean handles(String spec);

    /** A one-line description for help texts and errors, e.g. {@code sql:FILE  CREATE statements in a file}. */
    String usage();

    /** Reads the schema the spec names. Errors say what was wrong with the spec or the source. */
    Schema load(String spec, SourceContext context) throws Exception;
}
