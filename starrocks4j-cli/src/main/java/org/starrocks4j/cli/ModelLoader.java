package org.starrocks4j.cli;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.starrocks4j.migrate.MigrationException;
import org.starrocks4j.migrate.ProjectConfig;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.source.SchemaSources;
import org.starrocks4j.source.SourceContext;

/** Loads the project's target schema: its {@code models} sources, with its {@code classpath}. */
final class ModelLoader {

    private ModelLoader() {
    }

    /** A source context whose class loader sees the project's classpath. */
    static SourceContext context(ProjectConfig config, Consumer<String> progress) {
        List<URL> urls = new ArrayList<>();
        for (Path entry : config.resolvedClasspath()) {
            if (!Files.exists(entry)) {
                throw new MigrationException("classpath entry " + entry + " does not exist; compile the models "
                        + "first, or fix 'classpath' in " + ProjectConfig.FILE_NAME);
            }
            try {
                urls.add(entry.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new MigrationException("classpath entry " + entry + " is not a valid path", e);
            }
        }
        ClassLoader parent = ModelLoader.class.getClassLoader();
        ClassLoader loader = urls.isEmpty() ? parent : new URLClassLoader(urls.toArray(URL[]::new), parent);
        Map<String, String> settings = new LinkedHashMap<>();
        if (config.url() != null) {
            settings.put("url", config.url());
        }
        settings.put("migrations", config.migrations().toString());
        return new SourceContext(loader, settings, progress);
    }

    /** The union of the {@code models} sources. */
    static Schema models(ProjectConfig config, Consumer<String> progress) throws Exception {
        if (config.models().isEmpty()) {
            throw new MigrationException("no models: set 'models' in " + ProjectConfig.FILE_NAME
                    + " (model classes or packages), or pass --models");
        }
        SourceContext context = context(config, progress);
        Schema schema = Schema.empty();
        for (String spec : config.models()) {
            schema = schema.plus(SchemaSources.load(spec, context));
        }
        return schema;
    }
}
