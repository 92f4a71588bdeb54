package org.starrocks4j.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.starrocks4j.diff.DiffOptions;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;
import org.starrocks4j.sql.DdlRenderer;
import org.starrocks4j.types.Types;

class AutogenerateTest {

    private static Table events(boolean primary) {
        Table.Builder b = Table.builder("events")
                .column("id", Types.BIGINT, c -> c.notNull())
                .column("payload", Types.STRING)
                .distributedBy(Distribution.hash(4, "id"))
                .property("replication_num", "1");
        return (primary ? b.primaryKey("id") : b.duplicateKey("id")).build();
    }

    private static Table users(boolean withEmail) {
        Table.Builder b = Table.builder("users")
                .column("id", Types.BIGINT, c -> c.notNull())
                .column("name", Types.varchar(50));
        if (withEmail) {
            b.column("email", Types.varchar(200));
        }
        return b.duplicateKey("id").distributedBy(Distribution.hash(4, "id")).property("replication_num", "1")
                .build();
    }

    private static Autogenerate compare(Schema from, Schema to, DiffOptions options) {
        return Autogenerate.compare(from, to, options, DdlRenderer.defaults());
    }

    @Test
    void nothingToDoWhenTheSchemasMatch() {
        Schema schema = Schema.of(users(false), events(false));
        Autogenerate result = compare(schema, schema, DiffOptions.defaults());
        assertThat(result.isEmpty()).isTrue();
        assertThat(result.notAltered()).isEmpty();
    }

    @Test
    void nonAlterableChangesAreCommentsAndEveryOtherChangeIsKept() {
        Autogenerate result = compare(Schema.of(users(false), events(false)), Schema.of(users(true), events(true)),
                DiffOptions.defaults());

        assertThat(result.notAltered()).singleElement()
                .satisfies(c -> assertThat(c.describe()).contains("table `events`", "key model"));
        assertThat(result.onlyNotAltered()).isFalse();
        RevisionBody body = result.body();
        assertThat(SqlStatements.split(body.upgrade()))
                .containsExactly("ALTER TABLE `users` ADD COLUMN `email` VARCHAR(200)");
        assertThat(body.upgrade()).contains("-- change table `events` (not generated)",
                "-- WARNING: NOT ALTERABLE: table `events`: key model", "--allow-rebuild",
                "-- (no statement: StarRocks cannot make this change by ALTER)");
        assertThat(SqlStatements.split(body.downgrade()))
                .containsExactly("ALTER TABLE `users` DROP COLUMN `email`");
    }

    /**
     * A widened column runs, but StarRocks refuses to narrow it back: the revision's downgrade says so in an
     * IRREVERSIBLE line the runner reads, and keeps the rest of the undo; with --allow-rebuild it rebuilds instead.
     * A non-alterable change of another table does not turn that into a rebuild the user did not ask for.
     */
    @Test
    void anIrreversibleDowngradeIsMarkedInTheRevisionOrRebuiltWhenAllowed() {
        Table wide = users(true).toBuilder().columns(List.of(users(true).columns().get(0),
                org.starrocks4j.schema.Column.builder("name", Types.varchar(100)).build(),
                users(true).columns().get(2))).build();
        for (Schema[] pair : new Schema[][] {
            {Schema.of(users(false)), Schema.of(wide)},
            {Schema.of(users(false), events(false)), Schema.of(wide, events(true))}}) {
            Autogenerate result = compare(pair[0], pair[1], DiffOptions.defaults());
            RevisionBody body = result.body();
            assertThat(body.upgrade()).contains("-- WARNING: the downgrade cannot undo all of this");
            assertThat(body.downgrade()).contains(RevisionFile.IRREVERSIBLE_MARKER + " table `users`: column `name` "
                    + "VARCHAR(50) NULL -> VARCHAR(100) NULL cannot be undone by ALTER", "--accept-irreversible");
            assertThat(SqlStatements.split(body.downgrade())).containsExactly("ALTER TABLE `users` DROP COLUMN `email`");
            Revision revision = RevisionFile.parse(RevisionFile.render(new Revision("abc123", List.of(), "widen",
                    java.time.Instant.EPOCH, body.upgrade(), body.downgrade(), null)), null);
            assertThat(revision.notUndone()).singleElement().asString().startsWith("table `users`: column `name`");
        }
        RevisionBody rebuilt = compare(Schema.of(users(false)), Schema.of(wide), DiffOptions.defaults().allowRebuild())
                .body();
        assertThat(rebuilt.downgrade()).doesNotContain(RevisionFile.IRREVERSIBLE_MARKER).contains("SWAP WITH");
    }

    @Test
    void onlyNonAlterableChangesAreReportedAsSuch() {
        Autogenerate result = compare(Schema.of(events(false)), Schema.of(events(true)), DiffOptions.defaults());
        assertThat(result.onlyNotAltered()).isTrue();
        assertThat(result.isEmpty()).isFalse();
    }

    @Test
    void rebuildsWhenAllowedAreFlaggedDestructive() {
        Autogenerate result = compare(Schema.of(events(false)), Schema.of(events(true)),
                DiffOptions.defaults().allowRebuild());
        assertThat(result.notAltered()).isEmpty();
        assertThat(result.destructive()).isTrue();
        String upgrade = result.body().upgrade();
        assertThat(upgrade).contains("-- DESTRUCTIVE", "-- WARNING: REBUILD", "SWAP WITH");
        assertThat(SqlStatements.split(upgrade)).hasSize(4);
        assertThat(SqlStatements.split(result.body().downgrade())).hasSize(4);
    }

    @Test
    void warningsWithoutChangesAreNoChangeButHeadTheSectionOtherwise() {
        Table withProperty = users(false).toBuilder().property("compression", "ZSTD").build();
        Autogenerate onlyWarnings = compare(Schema.of(withProperty), Schema.of(users(false)), DiffOptions.defaults());
        assertThat(onlyWarnings.isEmpty()).isTrue();
        assertThat(onlyWarnings.warnings()).singleElement().asString().contains("compression");

        Autogenerate both = compare(Schema.of(withProperty), Schema.of(users(true)), DiffOptions.defaults());
        assertThat(both.body().upgrade()).startsWith("-- WARNING: table `users`: property \"compression\"");
    }

    @Test
    void bookkeepingObjectsAreNotPartOfTheComparedSchema() {
        VersionTable versionTable = new VersionTable("starrocks4j_version", Map.of("replication_num", "1"));
        Schema database = Schema.of(users(false), versionTable.model());
        assertThat(versionTable.withoutBookkeeping(database).objects()).containsExactly(users(false));
    }
}
