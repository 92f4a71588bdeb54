package org.starrocks4j.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The real-server corpus ({@code shared/starrocks-corpus}): found through the system property or environment variable
 * {@code STARROCKS_CORPUS}, or by walking up from the working directory looking for {@code shared/starrocks-corpus}.
 * Tests call {@link #root()} and skip (with an assumption) when it is absent.
 */
public final class StarRocksCorpus {

    private static final Pattern DATE = Pattern.compile("\\((\\d{4}-\\d{2}-\\d{2})\\)");

    private StarRocksCorpus() {
    }

    /** The corpus folder, if this machine has it. */
    public static Optional<Path> root() {
        String configured = System.getProperty("STARROCKS_CORPUS", System.getenv("STARROCKS_CORPUS"));
        if (configured != null && !configured.isBlank()) {
            Path p = Paths.get(configured);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("starrocks-corpus");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** One corpus file: where it is, its SQL without the leading comment lines, and the upstream commit date. */
    public record Entry(Path path, String name, String sql, LocalDate date) {

        /** True for outputs printed by servers from August 2023 on. */
        public boolean since2023August() {
            return date != null && !date.isBefore(LocalDate.of(2023, 8, 1));
        }
    }

    /** The {@code .sql} files of a folder under the corpus (e.g. {@code show_create/table}), sorted by name. */
    public static List<Entry> files(Path root, String folder) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.list(dir)) {
            return paths.filter(p -> p.toString().endsWith(".sql")).sorted().map(p -> read(root, p)).toList();
        }  catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one corpus file; its name is its path relative to the corpus root, e.g. {@code show_create/mv/003.sql}. */
    public static Entry read(Path root, Path path) {
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            String[] lines = text.split("\n", -1);
            int first = 0;
            while (first < lines.length && lines[first].startsWith("--")) {
                first++;
            }
            Matcher m = DATE.matcher(lines.length > 0 ? lines[0] : "");
            LocalDate date = m.find() ? LocalDate.parse(m.group(1)) : null;
            String sql = String.join("\n", List.of(lines).subList(first, lines.length));
            return new Entry(path, root.relativize(path).toString().replace('\\', '/'), sql, date);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A list of corpus cases kept with a test ({@code id  reason} per line, {@code #} starts a comment), read from the
     * class path: the cases the test knows not to hold yet, each with why.
     */
    public static Map<String, String> listed(Class<?> owner, String resource) {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                return out;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    String[] parts = l.split("\\s+", 2);
                    out.put(parts[0], parts.length > 1 ? parts[1] : "");
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
