package org.starrocks4j.source;

import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.starrocks4j.progress.ProgressListener;

/**
 * What a schema source may need besides its spec.
 *
 * @param classLoader loads model classes ({@code models:}), including any {@code --classpath} entries
 * @param settings    configuration such as {@code url} or {@code database} (from options or {@code starrocks4j.properties})
 * @param notices     receives lines the user should see: warnings (prefixed {@code warning: }) and short notes such
 *                    as the server read from
 * @param progress    receives how far a long read has got (files, objects), for showing while it runs
 */
public record SourceContext(ClassLoader classLoader, Map<String, String> settings, Consumer<String> notices,
                            ProgressListener progress) {

    public SourceContext {
        Objects.requireNonNull(classLoader, "classLoader");
        settings = Map.copyOf(settings);
        notices = notices == null ? line -> { } : notices;
        progress = progress == null ? ProgressListener.NONE : progress;
    }

    /** A context that reports no progress. */
    public SourceContext(ClassLoader classLoader, Map<String, String> settings, Consumer<String> notices) {
        this(classLoader, settings, notices, null);
    }

    /** A context with the caller's class loader, no settings and no output. */
    public static SourceContext defaults() {
        return new SourceContext(Thread.currentThread().getContextClassLoader(), Map.of(), null);
    }

    /** The setting, or {@code null}. */
    public String setting(String key) {
        return settings.get(key);
    }

    /** Passes a warning to {@link #notices()}, prefixed {@code warning: }. */
    public void warn(String warning) {
        notices.accept("warning: " + warning);
    }
}
