package org.starrocks4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.starrocks4j.annotations.AnnotatedModelReader;
import org.starrocks4j.codegen.CodegenStyle;
import org.starrocks4j.codegen.GeneratedSource;
import org.starrocks4j.codegen.JavaCodegen;
import org.starrocks4j.diff.DiffOptions;
import org.starrocks4j.diff.DiffResult;
import org.starrocks4j.diff.SchemaDiff;
import org.starrocks4j.diff.ServerDefaults;
import org.starrocks4j.diff.ServerNormalizer;
import org.starrocks4j.diff.ServerProfile;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaDefinition;
import org.starrocks4j.source.SchemaSources;
import org.starrocks4j.source.SourceContext;
import org.starrocks4j.testing.StarRocksCorpus;

/**
 * Every {@code SHOW CREATE} output of the real-server corpus that parses survives codegen → javac → read back
 * unchanged, in both styles, as {@code codegen} writes it by default (the server's defaults left out,
 * {@link ServerDefaults}): the diff against the parsed source is empty, and the models read back are even equal to
 * the ones generated from. Skipped where the corpus is absent.
 */
class CorpusCodegenRoundTripTest {

    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(CodegenStyle.class)
    void everyParsedCorpusObjectSurvivesCodegen(CodegenStyle style) throws Exception {
        Path corpus = StarRocksCorpus.root().orElse(null);
        assumeTrue(corpus != null, "the real-server corpus (../shared/starrocks-corpus) is not here");
        SourceContext context = SourceContext.defaults();
        assumeTrue(SchemaSources.providers(context.classLoader()).stream().anyMatch(p -> p.handles("sql:x.sql")),
                "no sql: schema source is registered yet");

        Map<String, Schema> parsed = new LinkedHashMap<>();
        List<String> unparsed = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus.resolve("show_create"))) {
            files = walk.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
        for (Path file : files) {
            String sql = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .dropWhile(line -> line.startsWith("--")).collect(Collectors.joining("\n"));
            Path copy = work.resolve("sql").resolve(corpus.relativize(file).toString().replace(File.separator, "_"));
            Files.createDirectories(copy.getParent());
            Files.writeString(copy, sql, StandardCharsets.UTF_8);
            try {
                Schema schema = SchemaSources.load("sql:" + copy, context);
                if (!schema.objects().isEmpty()) {
                    parsed.put(corpus.relativize(file).toString(), schema);
                }
            } catch (Exception notParsed) {
                unparsed.add(file.getFileName() + ": " + notParsed.getMessage());
            }
        }
        assertThat(parsed).as("corpus files that parse (unparsed: %s)", unparsed).isNotEmpty();

        // One package per corpus file, all compiled in one javac run.
        Map<String, List<GeneratedSource>> generated = new LinkedHashMap<>();
        List<File> sources = new ArrayList<>();
        int n = 0;
        Map<String, Schema> generatedFrom = new LinkedHashMap<>();
        for (Map.Entry<String, Schema> e : parsed.entrySet()) {
            Schema withoutDefaults = ServerDefaults.omit(e.getValue(), server(e.getValue()));
            generatedFrom.put(e.getKey(), withoutDefaults);
            List<GeneratedSource> files1 = JavaCodegen.generate(withoutDefaults, "corpus.c" + (n++), style);
            generated.put(e.getKey(), files1);
            for (GeneratedSource s : files1) {
                Path file = work.resolve("src").resolve(s.relativePath());
                Files.createDirectories(file.getParent());
                Files.writeString(file, s.source(), StandardCharsets.UTF_8);
                sources.add(file.toFile());
            }
        }
        Path classes = work.resolve("classes");
        JavaSources.compileFiles(sources, classes);

        List<String> failures = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            for (Map.Entry<String, List<GeneratedSource>> e : generated.entrySet()) {
                Schema expected = parsed.get(e.getKey());
                try {
                    List<Class<?>> types = new ArrayList<>();
                    for (GeneratedSource s : e.getValue()) {
                        types.add(loader.loadClass(s.qualifiedName()));
                    }
                    Schema readBack = style == CodegenStyle.DSL
                            ? ((SchemaDefinition) types.get(0).getConstructor().newInstance()).schema()
                            : AnnotatedModelReader.read(types);
                    DiffResult diff = SchemaDiff.between(expected, readBack,
                            DiffOptions.defaults().withServer(server(expected)));
                    Schema generatedFromModel = generatedFrom.get(e.getKey());
                    if (!diff.isEmpty() || !diff.warnings().isEmpty()) {
                        failures.add(e.getKey() + ": diff is not empty: " + diff.upgrade() + diff.warnings());
                    } else if (!readBack.objects().equals(generatedFromModel.objects())) {
                        failures.add(e.getKey() + ": read back\n    " + readBack.objects() + "\n  generated from\n    "
                                + generatedFromModel.objects());
                    }
                } catch (Exception | LinkageError ex) {
                    failures.add(e.getKey() + ": " + ex);
                }
            }
        }
        assertThat(failures).as("%d of %d parsed corpus files do not round-trip", failures.size(), parsed.size())
                .isEmpty();
    }

    /** The server the corpus file was printed by, as far as its properties tell. */
    private static ServerProfile server(Schema printed) {
        return ServerProfile.of(null, ServerNormalizer.inferRunMode(printed));
    }
}
