package org.starrocks4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.source.SchemaSources;
import org.starrocks4j.source.SourceContext;

/** {@code models:} with --classpath (folders and jars) and {@code codegen}, through the command line. */
class CodegenCommandTest {

    @TempDir
    Path work;

    private static final Map<String, String> MODELS = Map.of(
            "com/acme/model/PageViewAggregates.java", """
                    package com.acme.model;

                    import java.time.LocalDate;
                    import org.starrocks4j.annotations.*;
                    import org.starrocks4j.schema.AggregateType;
                    import org.starrocks4j.schema.KeyType;

                    @StarRocksTable(
                            key = @Key(type = KeyType.AGGREGATE, columns = {"page_id", "visit_date"}),
                            partitionBy = @PartitionBy(expressions = "date_trunc('day', visit_date)"),
                            distributedBy = @DistributedBy(hash = "page_id"),
                            properties = @Property(name = "replication_num", value = "1"))
                    public class PageViewAggregates {
                        Integer pageId;
                        LocalDate visitDate;
                        @StarRocksColumn(aggregate = AggregateType.SUM) Integer totalViews;
                    }
                    """,
            "com/acme/model/views/DailyViews.java", """
                    package com.acme.model.views;

                    import org.starrocks4j.annotations.StarRocksView;

                    @StarRocksView(definition = "SELECT visit_date, sum(total_views) FROM page_view_aggregates GROUP BY visit_date")
                    public class DailyViews {
                        java.time.LocalDate visitDate;
                        Long views;
                    }
                    """,
            "com/acme/model/MoreTables.java", """
                    package com.acme.model;

                    import org.starrocks4j.schema.*;
                    import org.starrocks4j.types.Types;

                    public class MoreTables implements SchemaDefinition {
                        @Override
                        public Schema schema() {
                            return Schema.of(Table.builder("users").column("id", Types.BIGINT).build());
                        }
                    }
                    """,
            "com/acme/model/Helper.java", """
                    package com.acme.model;

                    /** Not a model: ignored by the package scan. */
                    public class Helper {
                        Runnable r = new Runnable() { public void run() { } };

                        @org.starrocks4j.annotations.StarRocksTable(name = "nested")
                        public static class Nested {
                            Integer id;
                        }
                    }
                    """);

    private Path compiledModels() throws Exception {
        Path classes = work.resolve("classes");
        JavaSources.compile(MODELS, work.resolve("src"), classes);
        return classes;
    }

    @Test
    void modelsSourceReadsAPackageOfAnnotatedClassesAndSchemaDefinitionsFromAFolder() throws Exception {
        Path classes = compiledModels();

        Schema schema = SchemaSources.load("models:com.acme.model",
                new SourceContext(ModelClassPath.loader(classes.toString()), Map.of(), null));

        assertThat(schema.objects()).extracting(o -> o.name().name())
                .containsExactly("nested", "page_view_aggregates", "daily_views", "users");
        assertThat(schema.views().get(0).columns()).extracting(c -> c.name()).containsExactly("visit_date", "views");
    }

    @Test
    void modelsSourceReadsClassesFromAJarAndSingleClasses() throws Exception {
        Path classes = compiledModels();
        Path jar = work.resolve("models.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); var files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        SourceContext context = new SourceContext(ModelClassPath.loader(jar.toString()), Map.of(), null);

        assertThat(SchemaSources.load("models:com.acme.model.views", context).objects()).hasSize(1);
        assertThat(SchemaSources.load("models:com.acme.model.PageViewAggregates, com.acme.model.MoreTables", context)
                .objects()).extracting(o -> o.name().name()).containsExactly("page_view_aggregates", "users");
    }

    @Test
    void unknownNamesAndNonModelClassesFailClearly() throws Exception {
        Path classes = compiledModels();

        Cli.Result missing = Cli.run("codegen", "--from", "models:com.nowhere", "--classpath", classes.toString(),
                "--package", "x", "--out", work.resolve("out").toString());
        Cli.Result helper = Cli.run("codegen", "--from", "models:com.acme.model.Helper", "--classpath",
                classes.toString(), "--package", "x", "--out", work.resolve("out").toString());

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("'com.nowhere' is neither a class nor a package with model classes");
        assertThat(helper.err()).contains("class com.acme.model.Helper is neither a SchemaDefinition nor annotated");
        assertThat(SchemaSources.load("models:com.acme.model.Helper.Nested",
                new SourceContext(ModelClassPath.loader(classes.toString()), Map.of(), null)).objects()).hasSize(1);
    }

    @Test
    void codegenWritesClassesThatReadBackToTheSameSchema() throws Exception {
        Path classes = compiledModels();
        SourceContext original = new SourceContext(ModelClassPath.loader(classes.toString()), Map.of(), null);
        Schema expected = SchemaSources.load("models:com.acme.model", original);

        for (String style : new String[] {"annotations", "dsl"}) {
            Path out = work.resolve("gen-" + style);
            Cli.Result result = Cli.run("codegen", "--from", "models:com.acme.model", "--classpath", classes.toString(),
                    "--package", "org.example.generated", "--out", out.toString(), "--style", style);
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out()).contains("for 3 tables, 1 views and 0 materialized views");

            Path genClasses = work.resolve("gen-classes-" + style);
            JavaSources.compileFiles(JavaSources.javaFiles(out), genClasses);
            Schema readBack = SchemaSources.load("models:org.example.generated",
                    new SourceContext(ModelClassPath.loader(genClasses.toString()), Map.of(), null));
            assertThat(readBack.objects()).as(style).containsExactlyInAnyOrderElementsOf(expected.objects());
            assertThat(org.starrocks4j.diff.SchemaDiff.between(expected, readBack).isEmpty()).as(style).isTrue();
        }
    }

    @Test
    void codegenRefusesToOverwriteChangedFilesUnlessAsked() throws Exception {
        Path classes = compiledModels();
        Path out = work.resolve("gen");
        Path file = out.resolve("org/example/PageViewAggregates.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "// hand-edited");
        String[] args = {"codegen", "--from", "models:com.acme.model.PageViewAggregates", "--classpath",
                classes.toString(), "--package", "org.example", "--out", out.toString()};

        Cli.Result refused = Cli.run(args);
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("exists with other content").contains("--overwrite");
        assertThat(Files.readString(file)).isEqualTo("// hand-edited");

        String[] overwriting = java.util.Arrays.copyOf(args, args.length + 1);
        overwriting[args.length] = "--overwrite";
        assertThat(Cli.run(overwriting).exitCode()).isZero();
        assertThat(Files.readString(file)).contains("public class PageViewAggregates");
    }

    @Test
    void codegenHasHelp() {
        Cli.Result help = Cli.run("codegen", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--from").contains("--package").contains("--out").contains("--style");
    }

    @Test
    void theServersDefaultsAreLeftOutUnlessAskedToKeepThem() throws Exception {
        Path printed = Files.writeString(work.resolve("printed.sql"), """
                CREATE TABLE `events` (
                  `id` bigint(20) NOT NULL COMMENT "",
                  `name` varchar(65533) NULL COMMENT ""
                ) ENGINE=OLAP
                DUPLICATE KEY(`id`)
                DISTRIBUTED BY HASH(`id`) BUCKETS 4
                PROPERTIES (
                "replication_num" = "1",
                "in_memory" = "false",
                "compression" = "LZ4"
                );
                """);
        Cli.Result lean = Cli.run("codegen", "--from", "sql:" + printed, "--package", "com.acme.lean", "--out",
                work.resolve("lean").toString());
        assertThat(lean.exitCode()).as(lean.err()).isZero();
        String leanSource = Files.readString(work.resolve("lean/com/acme/lean/Events.java"));
        assertThat(leanSource).contains("\"replication_num\"").doesNotContain("compression").doesNotContain("in_memory")
                .doesNotContain("comment = \"\"").doesNotContain("Nullability.NULL").doesNotContain("65533");

        Cli.Result kept = Cli.run("codegen", "--from", "sql:" + printed, "--package", "com.acme.kept", "--out",
                work.resolve("kept").toString(), "--keep-server-defaults");
        assertThat(kept.exitCode()).as(kept.err()).isZero();
        assertThat(Files.readString(work.resolve("kept/com/acme/kept/Events.java"))).contains("compression")
                .contains("in_memory").contains("65533");
    }
}
