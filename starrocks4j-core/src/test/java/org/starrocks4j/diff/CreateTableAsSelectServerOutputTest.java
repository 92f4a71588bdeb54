package org.starrocks4j.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.sql.SqlSchemaReader;
import org.starrocks4j.testing.StarRocksCorpus;

/**
 * Tables made by {@code CREATE TABLE ... AS SELECT} in StarRocks' own tests, whose SHOW CREATE TABLE the corpus holds
 * (test_multi_expr, servers of 2025-12 to 2026-04): replayed from the table the query reads, each is the table the
 * server printed, with no change either way. Skipped when the corpus is absent.
 */
class CreateTableAsSelectServerOutputTest {

    /** The table the query reads, the CTAS, and what the server printed for the table it made (corpus files). */
    private record Made(String source, String ctas, String printed) {
    }

    private static final List<Made> CASES = List.of(
            // base_tbl_unix_ts (c1 bigint, c2 string, c3 date); PRIMARY KEY(c1), PARTITION BY from_unixtime(c1)
            new Made("accepted/create_table/0377.sql", "accepted/create_table/0378.sql", "show_create/table/020.sql"),
            // base_tbl as a 2025-12 server printed it, with hidden generated partition columns that SELECT * leaves out
            new Made("show_create/table/135.sql", "accepted/create_table/0380.sql", "show_create/table/019.sql"));

    @Test
    void aTableMadeByAQueryIsTheTableTheServerPrinted() {
        Path root = StarRocksCorpus.root().orElse(null);
        assumeTrue(root != null, "no starrocks-corpus on this machine");
        for (Made c : CASES) {
            Schema replayed = SqlSchemaReader.read(sql(root, c.source()) + ";\n" + sql(root, c.ctas()));
            SchemaObject made = replayed.objects().get(replayed.objects().size() - 1);
            Schema printed = SqlSchemaReader.read(sql(root, c.printed()));
            assertThat(LiveCorpusReadBackTest.difference(new Schema(List.of(made)), printed)).as(c.ctas()).isNull();
        }
    }

    private static String sql(Path root, String file) {
        return StarRocksCorpus.read(root, root.resolve(file)).sql().strip().replaceAll(";$", "");
    }
}
