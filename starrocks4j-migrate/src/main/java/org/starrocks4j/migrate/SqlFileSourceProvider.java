package org.starrocks4j.migrate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.starrocks4j.jdbc.DatabaseSourceProvider;
import org.starrocks4j.jdbc.NameFilter;
import org.starrocks4j.lexical.SqlParseException;
import org.starrocks4j.operation.SchemaReplay.ObjectRules;
import org.starrocks4j.progress.Progress;
import org.starrocks4j.progress.ProgressListener;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.source.SchemaSourceProvider;
import org.starrocks4j.source.SourceContext;
import org.starrocks4j.sql.SqlSchemaReader;
import org.starrocks4j.sql.UnsupportedSqlException;

/**
 * {@code sql:PATH}: DDL in a file, or in every {@code .sql} file under a directory (sub-directories included, in
 * path order, so {@code 001_tables.sql} runs before {@code 002_views.sql}). Statements are parsed and replayed in
 * order, so a file may create objects and then ALTER, RENAME or DROP them; SHOW CREATE output reads as well. Objects
 * must pass StarRocks' rules when they are created or changed, as on the server. Errors name the file and the line.
 *
 * <p>Settings read from the {@link SourceContext}: {@value DatabaseSourceProvider#TABLES} keeps only the objects
 * whose names match (a {@link NameFilter}), {@value #IGNORE_UNSUPPORTED} {@code true} skips statements that are no
 * schema definition (INSERT, GRANT, REFRESH, ...) with a warning instead of failing. Warnings go to the context's
 * notices; the files read so far to its progress.
 */
public final class SqlFileSourceProvider implements SchemaSourceProvider {

    /** Setting: {@code true} to skip unsupported statements with a warning. */
    public static final String IGNORE_UNSUPPORTED = "ignore_unsupported";

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
        boolean ignoreUnsupported = Boolean.parseBoolean(context.setting(IGNORE_UNSUPPORTED));
        // one file: its lines show how far the read has got; several: the files do
        SqlSchemaReader reader = SqlSchemaReader.startingFrom(Schema.empty(), SqlSchemaReader.Options.defaults()
                .withObjectRules(ObjectRules.VALIDATE)
                .withServerRules(StarRocks4jConfiguration.readingRules(context))
                .skippingUnsupported(ignoreUnsupported)
                .withProgress(files.size() == 1 ? context.progress() : ProgressListener.NONE));
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            read(reader, file, ignoreUnsupported);
            if (files.size() > 1) {
                context.progress().progress(new Progress("reading " + spec, "file", i + 1, files.size()));
            }
        }
        reader.warnings().forEach(w -> context.warn(w.toString()));
        if (reader.statements() == 0) {
            context.warn((files.size() == 1 ? path + " holds" : "the .sql files under " + path + " hold")
                    + " no statement, only comments or blank lines");
        }
        return filtered(reader.schema(), path, context);
    }

    private static void read(SqlSchemaReader reader, Path file, boolean ignoreUnsupported) throws IOException {
        String script = SqlFileText.read(file);
        try {
            reader.read(script, file.toString());
        } catch (UnsupportedSqlException e) {
            throw new IllegalArgumentException(file + ", " + e.getMessage()
                    + (ignoreUnsupported ? "" : "\n(--ignore-unsupported skips such statements with a warning)"), e);
        } catch (SqlParseException | SqlSchemaReader.ScriptReplayException e) {
            throw new IllegalArgumentException(file + ", " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** The objects the {@value DatabaseSourceProvider#TABLES} setting keeps (a warning when it keeps none). */
    private static Schema filtered(Schema schema, Path path, SourceContext context) {
        NameFilter filter = NameFilter.parse(context.setting(DatabaseSourceProvider.TABLES));
        if (filter.keepsAll()) {
            return schema;
        }
        Schema kept = new Schema(schema.objects().stream().filter(o -> filter.test(o.name().name())).toList());
        if (kept.objects().isEmpty() && !schema.objects().isEmpty()) {
            context.warn("the tables filter '" + filter + "' matches none of the " + schema.objects().size()
                    + " objects of " + path + "; check the patterns (* and ? as in file names, ! to exclude; names are "
                    + "case-sensitive)");
        }
        return kept;
    }

    private static List<Path> files(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql"))
                    .sorted()
                    .toList();
        }
    }
}
