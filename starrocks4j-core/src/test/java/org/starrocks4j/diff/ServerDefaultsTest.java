package org.starrocks4j.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.starrocks4j.rules.RunMode;
import org.starrocks4j.rules.ServerProfile;
import org.starrocks4j.rules.ServerVersion;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.schema.Table;
import org.starrocks4j.sql.DdlRenderer;
import org.starrocks4j.sql.SqlSchemaReader;
import org.starrocks4j.testing.StarRocksCorpus;

/** What the server holds anyway is left out, and the diff cannot tell the difference. */
class ServerDefaultsTest {

    private static final ServerProfile SHARED_NOTHING = new ServerProfile(ServerVersion.UNKNOWN, RunMode.SHARED_NOTHING);

    @Test
    void whatShowCreatePrintsWithoutBeingToldIsLeftOut() {
        Schema printed = SqlSchemaReader.read("""
                CREATE TABLE `orders` (
                  `id` bigint(20) NOT NULL COMMENT "",
                  `note` varchar(65533) NULL COMMENT "",
                  `tags` array<varchar(65533)> NULL COMMENT "the tags",
                  `amount` decimal(10, 2) NULL DEFAULT "0" COMMENT "",
                  INDEX idx_note (`note`) USING NGRAMBF("gram_num" = "2", "bloom_filter_fpp" = "0.05") COMMENT ''
                ) ENGINE=OLAP
                DUPLICATE KEY(`id`)
                COMMENT "OLAP"
                DISTRIBUTED BY HASH(`id`) BUCKETS 4
                PROPERTIES (
                "replication_num" = "3",
                "in_memory" = "false",
                "compression" = "LZ4",
                "storage_format" = "DEFAULT",
                "bloom_filter_columns" = "id"
                );
                CREATE VIEW `v` (`id` COMMENT "") SECURITY NONE AS SELECT id FROM orders;
                """);
        Schema omitted = ServerDefaults.omit(printed, SHARED_NOTHING);
        DdlRenderer renderer = DdlRenderer.defaults();
        assertThat(omitted.objects().stream().map(renderer::create).collect(Collectors.joining(";\n"))).isEqualTo("""
                CREATE TABLE `orders` (
                  `id` BIGINT NOT NULL,
                  `note` STRING,
                  `tags` ARRAY<STRING> COMMENT 'the tags',
                  `amount` DECIMAL(10, 2) DEFAULT '0',
                  INDEX `idx_note` (`note`) USING NGRAMBF
                )
                DUPLICATE KEY(`id`)
                DISTRIBUTED BY HASH(`id`) BUCKETS 4
                PROPERTIES (
                  "bloom_filter_columns" = "id"
                );
                CREATE VIEW `v` (`id`)
                AS SELECT id FROM orders""");
        assertThat(SchemaDiff.between(printed, omitted).isEmpty()).isTrue();
        assertThat(SchemaDiff.between(omitted, printed).isEmpty()).isTrue();
        assertThat(ServerDefaults.omit(omitted, SHARED_NOTHING)).as("idempotent").isEqualTo(omitted);
    }

    @Test
    void theDefaultsOfTheRunModeAreTheOnesLeftOut() {
        Schema printed = SqlSchemaReader.read("""
                CREATE TABLE t (id INT) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)
                PROPERTIES ("replication_num" = "1", "datacache.enable" = "true", "storage_volume" = "builtin");
                """);
        ServerProfile sharedData = new ServerProfile(ServerVersion.UNKNOWN, RunMode.SHARED_DATA);
        assertThat(((Table) ServerDefaults.omit(printed, sharedData).objects().get(0)).properties()).isEmpty();
        assertThat(((Table) ServerDefaults.omit(printed, SHARED_NOTHING).objects().get(0)).properties())
                .containsEntry("replication_num", "1").containsEntry("datacache.enable", "true");
    }

    /**
     * Every object a real server printed (SHOW CREATE outputs, and the live server's read-backs) that parses: the
     * model without defaults compares equal to it, both ways, and normalizes to the same value. Skipped without the
     * corpus.
     */
    @Test
    void everyCorpusOutputLosesOnlyWhatTheDiffCannotSee() {
        Path root = StarRocksCorpus.root().orElse(null);
        assumeTrue(root != null, "the real-server corpus (shared/starrocks-corpus) is not here");
        List<StarRocksCorpus.Entry> outputs = new ArrayList<>();
        for (String folder : List.of("show_create/table", "show_create/view", "show_create/mv")) {
            outputs.addAll(StarRocksCorpus.files(root, folder));
        }
        List<String> failures = new ArrayList<>();
        int objects = 0;
        int shorter = 0;
        for (StarRocksCorpus.Entry entry : outputs) {
            Schema printed;
            try {
                printed = SqlSchemaReader.read(entry.sql());
            } catch (RuntimeException unreadable) {
                continue; // what the parser cannot read is another test's subject
            }
            ServerProfile server = new ServerProfile(ServerVersion.UNKNOWN, ServerNormalizer.inferRunMode(printed));
            Schema omitted = ServerDefaults.omit(printed, server);
            DiffOptions options = DiffOptions.defaults().withServer(server);
            DiffResult there = SchemaDiff.between(printed, omitted, options);
            DiffResult back = SchemaDiff.between(omitted, printed, options);
            ServerNormalizer normalizer = ServerNormalizer.forServer(server);
            if (!there.isEmpty() || !back.isEmpty() || !there.warnings().isEmpty()
                    || !normalizer.normalize(printed).equals(normalizer.normalize(omitted))) {
                failures.add(entry.name() + ": " + there.changes() + back.changes() + there.warnings());
            }
            for (int i = 0; i < printed.objects().size(); i++) {
                objects++;
                if (properties(omitted.objects().get(i)) < properties(printed.objects().get(i))) {
                    shorter++;
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(shorter).as("objects of %d that lost default properties", objects).isPositive();
    }

    private static int properties(SchemaObject o) {
        return o instanceof Table t ? t.properties().size()
                : o instanceof MaterializedView m ? m.properties().size() : 0;
    }
}
