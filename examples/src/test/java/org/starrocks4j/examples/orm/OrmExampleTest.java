package org.starrocks4j.examples.orm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.starrocks4j.cli.StarRocks4jCommand;
import org.starrocks4j.hibernate.StarRocksDialect;
import org.starrocks4j.hibernate.StarRocksNamingStrategy;
import org.starrocks4j.hibernate.StarRocksSettings;

/** The ORM example without a server: its entity's DDL, and what it says when no server is given. */
class OrmExampleTest {

    @TempDir
    Path dir;

    private static List<String> statements(String script) {
        return Arrays.stream(script.split(";\\s*(\\n|$)")).map(String::strip).filter(s -> !s.isEmpty())
                .filter(s -> !s.startsWith("--")).toList();
    }

    @Test
    void hibernateCreatesTheTableInspectPrintsForTheEntity() throws Exception {
        Path script = dir.resolve("create.sql");
        var registry = new StandardServiceRegistryBuilder().applySettings(Map.of(
                AvailableSettings.DIALECT, StarRocksDialect.class.getName(),
                StarRocksSettings.VERSION, "3.5.2",
                "hibernate.boot.allow_jdbc_metadata_access", "false",
                AvailableSettings.IMPLICIT_NAMING_STRATEGY, StarRocksNamingStrategy.class.getName(),
                "jakarta.persistence.schema-generation.scripts.action", "create",
                "jakarta.persistence.schema-generation.scripts.create-target", script.toString())).build();
        try {
            new MetadataSources(registry).addAnnotatedClass(PageViewAggregates.class).buildMetadata()
                    .buildSessionFactory().close();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }

        StringWriter out = new StringWriter();
        var cli = StarRocks4jCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        int code = cli.execute("inspect", "--from", "models:" + PageViewAggregates.class.getName(), "--format", "sql",
                "--server-version", "3.5.2");

        assertThat(code).isZero();
        assertThat(statements(Files.readString(script))).isEqualTo(statements(out.toString()))
                .singleElement().asString()
                .startsWith("CREATE TABLE `page_view_aggregates` (")
                .contains("AGGREGATE KEY(`page_id`, `visit_date`)", "`distinct_users` BITMAP BITMAP_UNION");
    }

    @Test
    void withoutStarRocksUrlItSaysWhatToSetAndExitsWith2() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrmExample.class.getName());
        pb.environment().remove("STARROCKS_URL");
        Process process = pb.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(process.getErrorStream().readAllBytes());

        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(err.strip()).isEqualTo("set STARROCKS_URL to a StarRocks database, e.g. "
                + "STARROCKS_URL=jdbc:starrocks://root@127.0.0.1:9030/mydatabase (password in STARROCKS_PASSWORD)");
    }
}
