package org.starrocks4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of core form layers, from the bottom up: a package imports only packages below it, so the model
 * never depends on the parser, the diff or what reads it (the pipeline of the README's Modules section).
 */
class PackageLayeringTest {

    /** Bottom first. */
    private static final List<String> LAYERS = List.of("lexical", "progress", "types", "schema", "source", "json",
            "rules", "operation", "sql", "diff", "annotations", "codegen");

    private static final Path SOURCES = Path.of("src/main/java/org/starrocks4j");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.starrocks4j\\.(\\w+)\\.",
            Pattern.MULTILINE);

    @Test
    void everyPackageImportsOnlyPackagesBelowIt() throws IOException {
        List<String> upward = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                String layer = SOURCES.relativize(f).getName(0).toString();
                if (!LAYERS.contains(layer)) {
                    unknown.add(layer);
                    return;
                }
                Matcher m = IMPORT.matcher(read(f));
                while (m.find()) {
                    String imported = m.group(1);
                    if (LAYERS.indexOf(imported) > LAYERS.indexOf(layer)) {
                        upward.add(SOURCES.relativize(f) + " imports " + imported);
                    }
                }
            });
        }
        assertThat(unknown).as("packages missing from LAYERS: place each new package in the order").isEmpty();
        assertThat(upward).as("imports of a higher layer").isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
