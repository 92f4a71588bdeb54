package org.starrocks4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaDefinition;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.View;
import org.starrocks4j.types.Types;

/** {@code starrocks4j diff} between Java model sources. */
class DiffCommandTest {

    private static final String BEFORE = "models:" + Before.class.getName();
    private static final String AFTER = "models:" + After.class.getName();

    /** The schema before: a table and a view. */
    public static final class Before implements SchemaDefinition {
        @Override
        public Schema schema() {
            return Schema.of(
                    Table.builder("events").column("id", Types.BIGINT, Column.Builder::notNull)
                            .column("name", Types.varchar(20)).column("legacy", Types.INT)
                            .duplicateKey("id").distributedBy(Distribution.hash("id")).build(),
                    View.builder("named_events").as("SELECT id, name FROM events").build());
        }
    }

    /** The schema after: columns changed, a comment, a property, the view redefined. */
    public static final class After implements SchemaDefinition {
        @Override
        public Schema schema() {
            return Schema.of(
                    Table.builder("events").column("id", Types.BIGINT, Column.Builder::notNull)
                            .column("name", Types.varchar(64)).column("payload", Types.JSON)
                            .duplicateKey("id").distributedBy(Distribution.hash("id"))
                            .comment("all events").property("replication_num", "1").build(),
                    View.builder("named_events").as("SELECT id, name FROM events WHERE name IS NOT NULL").build());
        }
    }

    /** Same as Before except the key model. */
    public static final class NewKey implements SchemaDefinition {
        @Override
        public Schema schema() {
            return Schema.of(
                    Table.builder("events").column("id", Types.BIGINT, Column.Builder::notNull)
                            .column("name", Types.varchar(20)).column("legacy", Types.INT)
                            .primaryKey("id").distributedBy(Distribution.hash("id")).build(),
                    View.builder("named_events").as("SELECT id, name FROM events").build());
        }
    }

    @Test
    void printsTheStatementsWithReviewComments() {
        Cli.Result r = Cli.run("diff", "--from", BEFORE, "--to", AFTER);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("""
                -- add column `payload`, drop column `legacy`, modify column `name` of table `events`
                -- DESTRUCTIVE: this loses data or definitions; check it is intended
                -- WARNING: the downgrade cannot undo all of this; see IRREVERSIBLE in the downgrade section
                ALTER TABLE `events`
                  ADD COLUMN `payload` JSON,
                  DROP COLUMN `legacy`,
                  MODIFY COLUMN `name` VARCHAR(64) NULL;

                -- set comment of table `events`
                ALTER TABLE `events` COMMENT = 'all events';

                -- set properties replication_num of table `events`
                ALTER TABLE `events` SET ("replication_num" = "1");

                -- alter view `named_events`
                ALTER VIEW `named_events`
                AS SELECT id, name FROM events WHERE name IS NOT NULL;
                """);
    }

    @Test
    void inversePrintsTheDowngradeLastChangeFirst() {
        Cli.Result r = Cli.run("diff", "--from", BEFORE, "--to", AFTER, "--inverse");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String downgrade = r.out().substring(r.out().indexOf("-- ---- downgrade"));
        assertThat(downgrade).contains("""
                -- undo: alter view `named_events`
                ALTER VIEW `named_events`
                AS SELECT id, name FROM events;
                """);
        assertThat(downgrade.indexOf("undo: alter view")).isLessThan(downgrade.indexOf("undo: add column"));
        // the widened VARCHAR cannot be narrowed back: the downgrade says so and undoes the rest
        assertThat(downgrade).contains("""
                -- undo: add column `payload`, drop column `legacy`, modify column `name` of table `events`
                -- IRREVERSIBLE: table `events`: column `name` VARCHAR(20) NULL -> VARCHAR(64) NULL cannot be undone by \
                ALTER: StarRocks cannot shorten a VARCHAR column ("Cannot shorten string length": VARCHAR(64) -> \
                VARCHAR(20)). The downgrade leaves it as the upgrade made it: write its undo by hand, or let the \
                downgrade rebuild the table (--allow-rebuild / DiffOptions.allowRebuild())
                -- (write the statements that undo it here and delete the IRREVERSIBLE line, or run the downgrade \
                with --accept-irreversible)
                ALTER TABLE `events`
                  DROP COLUMN `payload`,
                  ADD COLUMN `legacy` INT;
                """);
        assertThat(downgrade).contains("SET (\"replication_num\" = \"3\")");
        // with --allow-rebuild the downgrade rebuilds the table instead
        Cli.Result rebuilt = Cli.run("diff", "--from", BEFORE, "--to", AFTER, "--inverse", "--allow-rebuild");
        assertThat(rebuilt.out().substring(rebuilt.out().indexOf("-- ---- downgrade")))
                .doesNotContain("IRREVERSIBLE").contains("ALTER TABLE `events` SWAP WITH `events__starrocks4j_rebuild`");
    }

    @Test
    void noChangesAndExitCode() {
        Cli.Result same = Cli.run("diff", "--from", BEFORE, "--to", BEFORE);
        assertThat(same.exitCode()).isZero();
        assertThat(same.out()).isEqualTo("-- no changes\n");
        assertThat(Cli.run("diff", "--from", BEFORE, "--to", BEFORE, "--exit-code").exitCode()).isZero();
        assertThat(Cli.run("diff", "--from", BEFORE, "--to", AFTER).exitCode()).isZero();
        assertThat(Cli.run("diff", "--from", BEFORE, "--to", AFTER, "--exit-code").exitCode()).isEqualTo(1);
    }

    @Test
    void jsonFormat() {
        Cli.Result r = Cli.run("diff", "--from", BEFORE, "--to", AFTER, "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("{\n  \"changes\": [")
                .contains("\"flags\": [\"destructive\", \"async_job\", \"irreversible\"]",
                        "\"not_undone\": [\n        \"table `events`: column `name` VARCHAR(20) NULL -> VARCHAR(64) NULL",
                        "\"sql\": \"ALTER TABLE `events` COMMENT = 'all events'\"");
    }

    @Test
    void nonAlterableChangeFailsUnlessRebuildIsAllowed() {
        Cli.Result refused = Cli.run("diff", "--from", BEFORE, "--to", "models:" + NewKey.class.getName());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("table `events`: key model DUPLICATE KEY(`id`) -> PRIMARY KEY(`id`)",
                "--allow-rebuild");
        Cli.Result rebuilt = Cli.run("diff", "--from", BEFORE, "--to", "models:" + NewKey.class.getName(),
                "--allow-rebuild");
        assertThat(rebuilt.exitCode()).as(rebuilt.err()).isZero();
        assertThat(rebuilt.out()).contains("-- WARNING: REBUILD",
                "CREATE TABLE `events__starrocks4j_rebuild` (",
                "INSERT INTO `events__starrocks4j_rebuild` (`id`, `name`, `legacy`)\nSELECT `id`, `name`, `legacy` FROM `events`;",
                "ALTER TABLE `events` SWAP WITH `events__starrocks4j_rebuild`;",
                "DROP TABLE `events__starrocks4j_rebuild`;");
    }

    @Test
    void serverOptionsAndHelp() {
        Cli.Result r = Cli.run("diff", "--from", BEFORE, "--to", AFTER, "--run-mode", "shared_data",
                "--server-version", "3.5.2");
        assertThat(r.out()).doesNotContain("replication_num\" = \"3\"");
        assertThat(Cli.run("diff", "--from", BEFORE, "--to", AFTER, "--run-mode", "cloud").err())
                .contains("unknown run mode 'cloud'");
        assertThat(Cli.run("diff", "--help").out()).contains("--allow-rebuild", "--reset-properties", "--inverse");
    }
}
