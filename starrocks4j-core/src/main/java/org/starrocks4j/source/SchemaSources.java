package org.starrocks4j.source;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.starrocks4j.schema.Schema;

/** Resolves a source spec to a {@link Schema} through the registered {@link SchemaSourceProvider}s. */
public final class SchemaSources {

    private SchemaSources() {
    }

    /** Loads the schema named by {@code spec}; an unknown spec fails with the list of known forms. */
    public static Schema load(String spec, SourceContext context) throws Exception {
        List<SchemaSourceProvider> providers = providers(context.classLoader());
        for (SchemaSourceProvider p : providers) {
            if (p.handles(spec)) {
                return p.load(spec, context);
            }
        }
        throw new IllegalArgumentException("unknown schema source '" + spec + "'; use one of:\n  "
                + providers.stream().map(SchemaSourceProvider::usage).collect(Collectors.joining("\n  ")));
    }

    /** Every provider visible to the class loader. */
    public static List<SchemaSourceProvider> providers(ClassLoader loader) {
        List<SchemaSourceProvider> out = new ArrayList<>();
        ServiceLoader.load(SchemaSourceProvider.class, loader).forEach(out::add);
        return out;
    }
}
