package org.starrocks4j.source;

import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a schema source may need besides its spec.
 *
 * @param classLoader loads model classes ({@code models:}), including any {@code --classpath} entries
 * @param settings    configuration such as {@code url} or {@code database} (from options or {@code starrocks4j.properties})
 * @param progress    receives human-readable progress lines for long reads
 */
public record SourceContext(ClassLoader classLoader, Map<String, String> settings, Consumer<String> progress) {

    public SourceContext {
        Objects.requireNonNull(classLoader, "classLoader");
        settings = Map.copyOf(settings);
        progress = progress == null ? line -> { } : progress;
    }

    /** A context with the caller's class loader, no settings and no progress output. */
    public static SourceContext defaults() {
        return new SourceContext(Thread.currentThread().getContextClassLoader(), Map.of(), null);
    }

    /** The setting, or {@code null}. */
    public String setting(String key) {
        return settings.get(key);
    }
}
