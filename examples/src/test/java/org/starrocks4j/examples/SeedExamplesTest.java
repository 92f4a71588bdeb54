package org.starrocks4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.starrocks4j.cli.StarRocks4jCommand;
import picocli.CommandLine;

/** The README's first command: the seed schema written with the DSL, printed as DDL by {@code inspect}. */
class SeedExamplesTest {

    @Test
    void inspectPrintsTheSeedSchemaAsDdl() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = StarRocks4jCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        int exit = cli.execute("inspect", "--from", "models:" + SeedExamples.class.getName(), "--format", "sql");

        assertThat(err.toString()).isEmpty();
        assertThat(exit).isZero();
        assertThat(out.toString()).isEqualTo("""
                CREATE TABLE `page_view_aggregates` (
                  `page_id` INT,
                  `visit_date` DATE,
                  `total_views` INT SUM,
                  `last_user` STRING REPLACE,
                  `distinct_users` BITMAP BITMAP_UNION
                )
                AGGREGATE KEY(`page_id`, `visit_date`)
                PARTITION BY date_trunc('day', visit_date)
                DISTRIBUTED BY HASH(`page_id`)
                PROPERTIES (
                  "replication_num" = "1"
                );

                CREATE TABLE `my_table` (
                  `id` INT NOT NULL,
                  `name` VARCHAR(50)
                )
                PRIMARY KEY(`id`)
                COMMENT 'table comment'
                PARTITION BY RANGE(`id`) (
                  PARTITION `p1` VALUES LESS THAN ("100")
                )
                DISTRIBUTED BY HASH(`id`) BUCKETS 10
                PROPERTIES (
                  "storage_medium" = "SSD",
                  "replication_num" = "1"
                );

                CREATE VIEW `my_view` (`user_id`, `user_name`)
                COMMENT 'A sample view with all options.'
                SECURITY INVOKER
                AS SELECT id, name FROM my_table WHERE id > 50;

                CREATE MATERIALIZED VIEW `my_mv`
                DISTRIBUTED BY HASH(`name`)
                REFRESH ASYNC EVERY(INTERVAL 1 HOUR)
                PROPERTIES (
                  "replication_num" = "1"
                )
                AS SELECT name, count(1) AS cnt FROM my_table GROUP BY name;

                """);
    }

    @Test
    void unknownModelClassSaysToCheckTheClasspath() {
        StringWriter err = new StringWriter();
        CommandLine cli = StarRocks4jCommand.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));

        int exit = cli.execute("inspect", "--from", "models:com.example.Missing");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("com.example.Missing");
    }
}
