package org.starrocks4j.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.starrocks4j.codegen.CodegenStyle;
import org.starrocks4j.codegen.GeneratedSource;
import org.starrocks4j.codegen.JavaCodegen;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.source.SchemaSources;
import org.starrocks4j.source.SourceContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code starrocks4j codegen}: Java model classes for every table, view and materialized view of a schema source —
 * the way onto starrocks4j for a team with an existing database.
 */
@Command(name = "codegen", mixinStandardHelpOptions = true,
        description = "Write Java model classes for every table, view and materialized view of a schema source "
                + "(e.g. sql:schema.sql): one annotated class per object, or one SchemaDefinition (--style dsl).")
final class CodegenCommand implements Callable<Integer> {

    /** The output style as written on the command line. */
    enum Style { annotations, dsl }

    @Option(names = "--from", required = true, paramLabel = "SOURCE",
            description = "The schema source: sql:FILE, models:CLASS|PACKAGE, db (the live database of --url), "
                    + "db:DATABASE, or jdbc:starrocks://HOST[:PORT]/[CATALOG.]DATABASE.")
    String from;

    @Option(names = "--package", required = true, paramLabel = "PKG",
            description = "The Java package of the generated classes, e.g. com.acme.model.")
    String packageName;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The source root to write into; files go to DIR/<package path>/.")
    Path out;

    @Option(names = "--style", defaultValue = "annotations", paramLabel = "STYLE",
            description = "annotations (one annotated class per object, the default) or dsl (one SchemaDefinition).")
    Style style;

    @Option(names = "--class-name", defaultValue = JavaCodegen.DEFAULT_DSL_CLASS, paramLabel = "NAME",
            description = "The class name with --style dsl (default: ${DEFAULT-VALUE}).")
    String className;

    @Option(names = "--classpath", paramLabel = "PATH",
            description = "Folders and jars of compiled model classes for a models: source.")
    String classPath;

    @Option(names = "--overwrite",
            description = "Replace existing files with different content (by default the command stops instead).")
    boolean overwrite;

    @Mixin
    LiveSourceOptions live;

    @Mixin
    ProgressOptions progress;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        SourceContext context = live.context(classPath, progress);
        Schema schema = SchemaSources.load(from, context);
        if (schema.objects().isEmpty()) {
            throw new IllegalArgumentException("source " + from + " holds no table, view or materialized view; "
                    + "nothing to generate");
        }
        CodegenStyle codegenStyle = CodegenStyle.valueOf(style.name().toUpperCase(Locale.ROOT));
        List<GeneratedSource> sources = JavaCodegen.generate(schema, packageName, codegenStyle, className);
        if (!overwrite) {
            for (GeneratedSource source : sources) {
                Path file = out.resolve(source.relativePath());
                if (Files.exists(file) && !Files.readString(file, StandardCharsets.UTF_8).equals(source.source())) {
                    throw new IllegalArgumentException(file + " exists with other content; move it away or give "
                            + "--overwrite (nothing was written)");
                }
            }
        }
        for (GeneratedSource source : sources) {
            Path file = out.resolve(source.relativePath());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.source(), StandardCharsets.UTF_8);
            stdout.println("wrote " + file);
        }
        stdout.println(sources.size() + (sources.size() == 1 ? " file" : " files") + " for "
                + schema.tables().size() + " tables, " + schema.views().size() + " views and "
                + schema.materializedViews().size() + " materialized views");
        return 0;
    }
}
