package org.starrocks4j.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.sql.DataSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaDefinition;
import org.starrocks4j.schema.Table;
import org.starrocks4j.types.Types;

/** The entry point over a fake server: every operation, its result, and one exception type with a code. */
class StarRocks4jTest {

    @TempDir
    Path dir;

    private final FakeStarRocks server = new FakeStarRocks();
    private final List<String> progress = new ArrayList<>();

    /** The models: one table. */
    public static class Models implements SchemaDefinition {
        @Override
        public Schema schema() {
            return Schema.of(Table.builder("events")
                    .column("id", Types.BIGINT, c -> c.notNull())
                    .column("name", Types.varchar(32))
                    .primaryKey("id")
                    .distributedBy(Distribution.hash(4, "id"))
                    .property("replication_num", "1")
                    .build());
        }
    }

    private StarRocks4jConfiguration configure() {
        return withoutModels().models(Models.class.getName());
    }

    private StarRocks4jConfiguration withoutModels() {
        return StarRocks4j.configure()
                .dataSource(server.dataSource())
                .baseDir(dir)
                .locations("filesystem:migrations")
                .clock(Clock.fixed(Instant.parse("2026-11-25T06:00:00Z"), ZoneOffset.UTC))
                .runBy("ann@host:1")
                .statementWait(StatementWait.none())
                .progress(progress::add);
    }

    @Test
    void autogenerateCheckOfflineSqlUpgradeAndDowngradeThroughOneObject() {
        StarRocks4j starRocks4j = configure().load();

        CheckResult before = starRocks4j.check(CompareWith.HISTORY);
        assertThat(before.matches()).isFalse();
        assertThat(before.summary()).isEqualTo("the models differ from the migration history: 1 change(s)");

        RevisionResult written = starRocks4j.revision(RevisionRequest.of("Create events").withId("aaa111")
                .autogenerate(CompareWith.HISTORY));
        Revision revision = written.written().orElseThrow();
        assertThat(revision.file()).isEqualTo(dir.resolve("migrations").resolve("aaa111_create_events.sql"));
        assertThat(revision.upgrade()).contains("CREATE TABLE `events`");
        assertThat(revision.downgrade()).contains("DROP TABLE `events`");
        assertThat(starRocks4j.check(CompareWith.HISTORY).matches()).isTrue();
        RevisionResult nothing = starRocks4j.revision(RevisionRequest.of("again").autogenerate(CompareWith.HISTORY));
        assertThat(nothing.written()).isEmpty();
        assertThat(nothing.changes().orElseThrow().isEmpty()).isTrue();

        SqlScript up = starRocks4j.sql("base", "head");
        assertThat(up.direction()).isEqualTo(Direction.UPGRADE);
        assertThat(up.text()).contains("CREATE TABLE `events`", "INSERT INTO `starrocks4j_version`");
        assertThat(up.textWithoutBookkeeping()).contains("CREATE TABLE `events`").doesNotContain("starrocks4j_version");
        assertThat(starRocks4j.sql("head", "base").direction()).isEqualTo(Direction.DOWNGRADE);
        assertThat(starRocks4j.sql("head", "base").text()).contains("DROP TABLE `events`");
        assertThat(server.log).as("offline work never connects").isEmpty();

        MigrateResult upgraded = starRocks4j.upgrade();
        assertThat(upgraded.steps()).extracting(s -> s.revision().id()).containsExactly("aaa111");
        assertThat(upgraded.current()).isEqualTo("aaa111");
        assertThat(server.userStatements()).singleElement().asString().startsWith("CREATE TABLE `events`");
        assertThat(progress).contains("upgrade aaa111 (Create events): 1 statement(s)");
        MigrationInfo info = starRocks4j.info();
        assertThat(info.current()).isEqualTo("aaa111");
        assertThat(info.pending()).isEmpty();
        assertThat(info.needsAttention()).isFalse();
        assertThat(starRocks4j.upgrade().nothingToDo()).isTrue();

        MigrateResult downgraded = starRocks4j.downgrade("base");
        assertThat(downgraded.current()).isEqualTo("base");
        assertThat(server.userStatements()).last().isEqualTo("DROP TABLE `events`");
        assertThat(starRocks4j.info().pending()).extracting(Revision::id).containsExactly("aaa111");
    }

    @Test
    void revisionsComeFromClasspathFoldersAndJarsAndFileSystemFolders() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes/db/starrocks"));
        Files.writeString(classes.resolve("aaa111_a.sql"), revisionFile("aaa111", "(none)"));
        Path jar = dir.resolve("app.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("db/starrocks/bbb111_b.sql"));
            out.write(revisionFile("bbb111", "aaa111").getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new JarEntry("db/starrocks/nested/ignored.sql"));
            out.write("not a revision".getBytes(StandardCharsets.UTF_8));
        }
        Files.createDirectories(dir.resolve("more"));
        Files.writeString(dir.resolve("more/ccc111_c.sql"), revisionFile("ccc111", "bbb111"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL(),
                jar.toUri().toURL()}, null)) {
            StarRocks4j starRocks4j = configure().classLoader(loader)
                    .locations("classpath:db/starrocks", "filesystem:more").load();
            RevisionGraph graph = starRocks4j.revisions();
            assertThat(graph.revisions()).extracting(Revision::id).containsExactly("aaa111", "bbb111", "ccc111");
            assertThat(graph.get("aaa111").describe()).isEqualTo("aaa111 (aaa111_a.sql)");
            assertThat(starRocks4j.sql("base", "head").text()).contains("CREATE TABLE `t_bbb111`");

            StarRocks4j classpathOnly = configure().classLoader(loader).locations("classpath:db/starrocks").load();
            expectFailure(() -> classpathOnly.revision(RevisionRequest.of("next")), ErrorCode.CONFIGURATION,
                    "no file system location to write the revision to");
        }
    }

    @Test
    void closingReleasesTheClassLoaderOverTheConfiguredClassPath() throws Exception {
        Path jar = dir.resolve("revisions.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("db/starrocks/aaa111_a.sql"));
            out.write(revisionFile("aaa111", "(none)").getBytes(StandardCharsets.UTF_8));
        }
        StarRocks4j starRocks4j = configure().classpath(jar).locations("classpath:db/starrocks").load();
        assertThat(starRocks4j.revisions().revisions()).extracting(Revision::id).containsExactly("aaa111");
        ClassLoader opened = starRocks4j.modelClassLoader();
        assertThat(opened).isInstanceOf(URLClassLoader.class);
        assertThat(opened.getResource("db/starrocks/aaa111_a.sql")).isNotNull();

        starRocks4j.close();
        starRocks4j.close();

        // a closed URLClassLoader finds nothing more: its jar is released
        assertThat(opened.getResource("db/starrocks/aaa111_a.sql")).isNull();
        expectFailure(starRocks4j::revisions, ErrorCode.CONFIGURATION, "this StarRocks4j is closed");
    }

    @Test
    void closingAnInstanceWithoutAClassPathLeavesTheGivenClassLoaderAlone() throws Exception {
        try (URLClassLoader given = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            Files.writeString(dir.resolve("marker.txt"), "x");
            StarRocks4j starRocks4j = configure().classLoader(given).load();
            assertThat(starRocks4j.modelClassLoader()).isSameAs(given);
            starRocks4j.close();
            assertThat(given.getResource("marker.txt")).isNotNull();
        }
    }

    private static String revisionFile(String id, String parent) {
        return "-- starrocks4j revision\n-- id: " + id + "\n-- parents: " + parent + "\n-- message: " + id
                + "\n-- created: 2026-01-01T00:00:00Z\n\n-- @upgrade\nCREATE TABLE `t_" + id + "` (`id` INT);\n\n"
                + "-- @downgrade\nDROP TABLE `t_" + id + "`;\n";
    }

    @Test
    void everyFailureIsOneExceptionTypeWithACodeAndAMessageThatNamesTheWayOut() throws Exception {
        DataSource unreachable = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw new SQLException("Communications link failure", "08S01");
                });
        expectFailure(() -> configure().dataSource(unreachable).load().upgrade(), ErrorCode.CONNECTION,
                "cannot connect to the application's data source: Communications link failure");
        expectFailure(() -> configure().dataSource(null).url(null).load().info(), ErrorCode.CONFIGURATION,
                "no database URL");
        expectFailure(() -> withoutModels().load().check(CompareWith.HISTORY), ErrorCode.CONFIGURATION,
                "no models");
        expectFailure(() -> configure().models("com.nowhere.Models").load().check(CompareWith.HISTORY),
                ErrorCode.MODELS, "cannot read the models models:com.nowhere.Models");
        expectFailure(() -> withoutModels().failOnDrift(true).load().upgrade(), ErrorCode.CONFIGURATION,
                "fail_on_drift compares the database with the models, but no models are set");
        assertThat(server.log).as("nothing ran").isEmpty();

        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations/broken.sql"), "-- starrocks4j revision\n-- id: aaa111\n");
        expectFailure(() -> configure().load().revisions(), ErrorCode.REVISIONS, "broken.sql");
        Files.writeString(dir.resolve("migrations/broken.sql"), revisionFile("aaa111", "(none)")
                .replace("CREATE TABLE", "CREATE TABEL"));

        server.views.put("starrocks4j_version_lock", Map.of("holder", "bob@ci:7", "since", "2026-11-25T05:00:00Z"));
        expectFailure(() -> configure().load().upgrade(), ErrorCode.LOCKED, "bob@ci:7");
        assertThat(configure().load().unlock()).contains(new LockHolder("bob@ci:7", "2026-11-25T05:00:00Z"));

        server.failOn(sql -> sql.startsWith("CREATE TABEL"), new SQLException("Syntax error", "42000", 1064), 1);
        expectFailure(() -> configure().load().upgrade(), ErrorCode.MIGRATION_FAILED,
                "resumes at statement 1 of revision aaa111");
        assertThat(configure().load().info().needsAttention()).isTrue();
        assertThat(configure().load().upgrade().current()).isEqualTo("aaa111");
    }

    @Test
    void aRevisionIdThatIsTakenOrClashesAsAPrefixIsRefusedBeforeAnythingIsWritten() throws Exception {
        StarRocks4j starRocks4j = configure().load();
        starRocks4j.revision(RevisionRequest.of("First").withId("aaa111"));
        Path folder = dir.resolve("migrations");
        List<Path> before;
        try (var files = Files.list(folder)) {
            before = files.sorted().toList();
        }

        expectFailure(() -> starRocks4j.revision(RevisionRequest.of("Again").withId("aaa111")),
                ErrorCode.CONFIGURATION, "revision id aaa111 is taken by aaa111 (aaa111_first.sql)");
        expectFailure(() -> starRocks4j.revision(RevisionRequest.of("Again").withId("AAA111")),
                ErrorCode.CONFIGURATION, "is taken by aaa111");
        expectFailure(() -> starRocks4j.revision(RevisionRequest.of("Shorter").withId("aaa")),
                ErrorCode.CONFIGURATION, "revision id aaa starts the id of aaa111");
        expectFailure(() -> starRocks4j.revision(RevisionRequest.of("Longer").withId("aaa1112").autogenerate(
                CompareWith.HISTORY)), ErrorCode.CONFIGURATION, "'aaa111' would no longer name one revision");
        expectFailure(() -> starRocks4j.revision(RevisionRequest.of("Reserved").withId("head")),
                ErrorCode.MIGRATION, "invalid revision id 'head'");

        try (var files = Files.list(folder)) {
            assertThat(files.sorted().toList()).as("nothing was written").isEqualTo(before);
        }
        assertThat(starRocks4j.revisions().revisions()).extracting(Revision::id).containsExactly("aaa111");
        assertThat(starRocks4j.revision(RevisionRequest.of("Next").withId("bbb111")).written()).isPresent();
    }

    private static void expectFailure(ThrowingCallable call, ErrorCode code, String message) {
        assertThatThrownBy(call).isInstanceOf(StarRocks4jException.class).hasMessageContaining(message)
                .satisfies(e -> assertThat(((StarRocks4jException) e).errorCode()).isEqualTo(code));
    }
}
