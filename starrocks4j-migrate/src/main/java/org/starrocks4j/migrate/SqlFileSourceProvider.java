package org.starrocks4j.migrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.source.SchemaSourceProvider;
import org.starrocks4j.source.SourceContext;
import org.starrocks4j.sql.SqlParseException;
import org.starrocks4j.sql.SqlSchemaReader;

/**
 * {@code sql:PATH}: DDL in a file, or in every {@code .sql} file under a directory (sub-directories included, in
 * path order, so {@code 001_tables.sql} runs before {@code 002_views.sql}). Statements are parsed and replayed in
 * order, so a file may create objects and then ALTER, RENAME or DROP them; SHOW CREATE output reads as well.
 * Errors name the file and the line.
 */
public final class SqlFileSourceProvider implements SchemaSourceProvider {

    static final String PREFIX = "sql:";

    @Override
    public boolean handles(String spec) {
        return spec.startsWith(PREFIX);
    }

    @Override
    public String usage() {
        return "sql:FILE|DIR  DDL statements in a .sql file, or in every .sql file under a directory";
    }

    @Override
    public Schema load(String spec, SourceContext context) throws IOException {
        String location = spec.substring(PREFIX.length()).strip();
        if (location.isEmpty()) {
            throw new IllegalArgumentException("'" + spec + "' names no file; write e.g. sql:schema.sql or sql:ddl/");
        }
        Path path = Paths.get(location);
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("sql source " + path + " does not exist; give a .sql file or a "
                    + "directory of them");
        }
        List<Path> files = files(path);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("directory " + path + " holds no .sql file");
        }
        Schema schema = Schema.empty();
        for (Path file : files) {
            String script = Files.readString(file, StandardCharsets.UTF_8);
            try {
                schema = SqlSchemaReader.read(schema, script);
            } catch (SqlParseException | SqlSchemaReader.ScriptReplayException e) {
                throw new IllegalArgumentException(file + ", " + e.getMessage(), e);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
            }
            if (files.size() > 1) {
                context.progress().accept("read " + file);
            }
        }
        return schema;
    }

    private static List<Path> files(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".sql"))
                    .sorted()
                    .toList();
        }
    }
}
