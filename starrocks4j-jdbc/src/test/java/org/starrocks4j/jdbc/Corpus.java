package org.starrocks4j.jdbc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The real-server corpus ({@code shared/starrocks-corpus}), found through {@code STARROCKS_CORPUS} (system
 * property or environment) or by walking up from the working directory. Tests skip when it is absent.
 */
final class Corpus {

    private Corpus() {
    }

    static Optional<Path> root() {
        String configured = System.getProperty("STARROCKS_CORPUS", System.getenv("STARROCKS_CORPUS"));
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("starrocks-corpus");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The SQL of every {@code .sql} file of {@code folder}, leading comment lines removed, sorted by file name. */
    static List<String> statements(Path root, String folder) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve(folder))) {
            return files.filter(p -> p.toString().endsWith(".sql")).sorted().map(Corpus::sql).toList();
        }
    }

    private static String sql(Path file) {
        try {
            return Arrays.stream(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1))
                    .dropWhile(line -> line.startsWith("--")).collect(Collectors.joining("\n")).strip();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
