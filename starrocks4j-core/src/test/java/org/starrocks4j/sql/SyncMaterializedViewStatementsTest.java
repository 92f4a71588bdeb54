package org.starrocks4j.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.starrocks4j.lexical.SqlLexer;
import org.starrocks4j.lexical.SqlParseException;
import org.starrocks4j.lexical.SqlToken;
import org.starrocks4j.lexical.VerbatimSql;
import org.starrocks4j.operation.MaterializedViewOperation;
import org.starrocks4j.operation.Operation;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.InvalidModelException;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.Refresh;
import org.starrocks4j.schema.SyncMaterializedView;
import org.starrocks4j.testing.StarRocksCorpus;

/**
 * {@code CREATE MATERIALIZED VIEW} as the server's parser decides it ({@code AstBuilder}): neither REFRESH nor
 * DISTRIBUTED BY, or {@code REFRESH SYNC}, is a synchronous materialized view of the table its query reads; with
 * DISTRIBUTED BY and no REFRESH it is an asynchronous one refreshed manually. Read, rendered and checked here; replay
 * and diff in {@code diff.SyncMaterializedViewHistoryTest}.
 */
class SyncMaterializedViewStatementsTest {

    private static final DdlRenderer RENDERER = DdlRenderer.defaults();
    private static final ObjectName USER_TAGS = ObjectName.of("user_tags");

    private static TableOperation.CreateSyncMaterializedView sync(String sql) {
        Operation op = DdlParser.parseStatement(sql);
        assertThat(op).as(sql).isInstanceOf(TableOperation.CreateSyncMaterializedView.class);
        return (TableOperation.CreateSyncMaterializedView) op;
    }

    @Test
    void withNeitherRefreshNorDistributionItIsAnIndexOfTheTableItReads() {
        // corpus accepted/create_mv/0138
        TableOperation.CreateSyncMaterializedView op = sync("create materialized view user_tags_mv1\n"
                + "as select user_id, time, bitmap_union(to_bitmap(tag_id)) from user_tags group by user_id, time;");
        assertThat(op).isEqualTo(new TableOperation.CreateSyncMaterializedView(USER_TAGS, SyncMaterializedView.of(
                "user_tags_mv1", "select user_id, time, bitmap_union(to_bitmap(tag_id)) from user_tags group by "
                        + "user_id, time")));
        assertThat(op.viewName()).isEqualTo(ObjectName.of("user_tags_mv1"));

        // corpus accepted/create_mv/0165: PROPERTIES are kept
        assertThat(sync("create materialized view user_tags_mv1 PROPERTIES (\"colocate_mv\" = \"true\") as select "
                + "user_id, time, bitmap_union(to_bitmap(tag_id)) from user_tags group by user_id, time").view()
                .properties()).isEqualTo(Map.of("colocate_mv", "true"));
        // REFRESH SYNC says the same; an alias after the table, a WHERE and a GROUP BY are the query's business
        assertThat(sync("CREATE MATERIALIZED VIEW test_mv1 REFRESH SYNC AS SELECT a.k3, sum(a.v1) AS cnt FROM t1 a "
                + "WHERE a.k2 = 'a' GROUP BY a.k3").target()).isEqualTo(ObjectName.of("t1"));
    }

    @Test
    void theViewLivesInItsTablesDatabase() {
        assertThat(sync("CREATE MATERIALIZED VIEW shop.mv AS SELECT k, sum(v) FROM orders GROUP BY k").target())
                .isEqualTo(ObjectName.of("shop", "orders"));
        TableOperation.CreateSyncMaterializedView qualified =
                sync("CREATE MATERIALIZED VIEW mv AS SELECT k FROM `shop`.`orders`");
        assertThat(qualified.target()).isEqualTo(ObjectName.of("shop", "orders"));
        assertThat(qualified.viewName()).isEqualTo(ObjectName.of("shop", "mv"));
        assertThatThrownBy(() -> DdlParser.parseStatement("CREATE MATERIALIZED VIEW a.mv AS SELECT k FROM b.t"))
                .isInstanceOf(SqlParseException.class)
                .hasMessageContaining("reads table `b`.`t` of another database");
    }

    @Test
    void whatTheServerIgnoresIsIgnoredAndWhatItRefusesIsRefused() {
        // the server keeps name, query and PROPERTIES only
        TableOperation.CreateSyncMaterializedView op = sync("CREATE MATERIALIZED VIEW IF NOT EXISTS mv (a, b) "
                + "COMMENT 'c' ORDER BY (a) AS SELECT k, v FROM t");
        assertThat(op.view()).isEqualTo(SyncMaterializedView.of("mv", "SELECT k, v FROM t"));

        assertThatThrownBy(() -> DdlParser.parseStatement("CREATE MATERIALIZED VIEW mv PARTITION BY k AS SELECT k "
                + "FROM t"))
                .isInstanceOf(SqlParseException.class)
                .hasMessageContaining("PARTITION BY is not supported by a synchronous materialized view (no REFRESH "
                        + "and no DISTRIBUTED BY)");
        assertThatThrownBy(() -> DdlParser.parseStatement("CREATE MATERIALIZED VIEW mv DISTRIBUTED BY HASH(k) "
                + "REFRESH SYNC AS SELECT k FROM t"))
                .isInstanceOf(SqlParseException.class)
                .hasMessageContaining("DISTRIBUTED BY is not supported by a synchronous materialized view");
        assertThatThrownBy(() -> DdlParser.parseStatement("CREATE MATERIALIZED VIEW mv AS SELECT t.k FROM t JOIN u "
                + "ON t.k = u.k"))
                .isInstanceOf(SqlParseException.class)
                .hasMessageContaining("reads one table, and this query names no single table after FROM")
                .hasMessageContaining("state REFRESH ASYNC or MANUAL for an asynchronous materialized view");
        assertThatThrownBy(() -> DdlParser.parseStatement("ALTER MATERIALIZED VIEW mv REFRESH SYNC"))
                .isInstanceOf(SqlParseException.class)
                .hasMessageContaining("an asynchronous materialized view cannot be made synchronous");
    }

    @Test
    void refreshOrDistributionMakesItAsynchronous() {
        // DISTRIBUTED BY without REFRESH: the server refreshes it manually; the model keeps what was written
        Operation distributed = DdlParser.parseStatement("CREATE MATERIALIZED VIEW mv DISTRIBUTED BY HASH(k) AS "
                + "SELECT k FROM t");
        assertThat(distributed).isInstanceOf(MaterializedViewOperation.CreateMaterializedView.class);
        MaterializedView mv = ((MaterializedViewOperation.CreateMaterializedView) distributed).view();
        assertThat(mv.refresh()).isNull();
        assertThat(mv.effectiveRefresh()).isEqualTo(Refresh.manual());
        assertThat(DdlParser.parseStatement("CREATE MATERIALIZED VIEW mv REFRESH DEFERRED MANUAL AS SELECT k FROM t"))
                .isInstanceOf(MaterializedViewOperation.CreateMaterializedView.class);
        // the object readers say what a synchronous one is instead of "another statement"
        assertThatThrownBy(() -> DdlParser.parseMaterializedView("CREATE MATERIALIZED VIEW mv AS SELECT k FROM t"))
                .isInstanceOf(SqlParseException.class)
                .hasMessageContaining("states neither REFRESH nor DISTRIBUTED BY, so it is a synchronous materialized "
                        + "view: an index of table `t`")
                .hasMessageContaining("state REFRESH for an asynchronous materialized view");
    }

    @Test
    void anAsynchronousModelStatingNeitherIsWrittenWithTheServersRefresh() {
        MaterializedView plain = MaterializedView.builder("mv").as("SELECT k, count(*) FROM t GROUP BY k").build();
        String sql = RENDERER.createMaterializedView(plain);
        assertThat(sql).isEqualTo("CREATE MATERIALIZED VIEW `mv`\nREFRESH MANUAL\nAS SELECT k, count(*) FROM t "
                + "GROUP BY k");
        assertThat(DdlParser.parseMaterializedView(sql).refresh()).isEqualTo(MaterializedView.DEFAULT_REFRESH);
        // with DISTRIBUTED BY the server is asynchronous anyway: nothing added
        MaterializedView distributed = plain.toBuilder().distributedBy(Distribution.random()).build();
        assertThat(RENDERER.createMaterializedView(distributed)).doesNotContain("REFRESH");
        assertThat(DdlParser.parseMaterializedView(RENDERER.createMaterializedView(distributed)))
                .isEqualTo(distributed);
    }

    @Test
    void theStatementIsWrittenOnOneLineAndReadsBackEqual() {
        SyncMaterializedView view = new SyncMaterializedView("by_k", "SELECT k, -- the key\n  sum(v)\nFROM t\n"
                + "WHERE note <> 'two\nlines' /* block */ GROUP BY k;", Map.of("colocate_mv", "true"));
        TableOperation.CreateSyncMaterializedView op = new TableOperation.CreateSyncMaterializedView(
                ObjectName.of("db", "t"), view);
        String sql = RENDERER.render(op);
        // the server lists it with its line breaks deleted: nothing may depend on them
        assertThat(sql).isEqualTo("CREATE MATERIALIZED VIEW `db`.`by_k` PROPERTIES (\"colocate_mv\" = \"true\") AS "
                + "SELECT k, sum(v) FROM t WHERE note <> 'two\\nlines' GROUP BY k");
        assertThat(DdlParser.parseStatement(sql)).isEqualTo(new TableOperation.CreateSyncMaterializedView(
                ObjectName.of("db", "t"), new SyncMaterializedView("by_k", "SELECT k, sum(v) FROM t WHERE note <> "
                + "'two\\nlines' GROUP BY k", Map.of("colocate_mv", "true"))));
        assertThat(DdlParser.parseStatement(sql.replace("\n", ""))).isEqualTo(DdlParser.parseStatement(sql));
        assertThat(RENDERER.render(new TableOperation.DropSyncMaterializedView(ObjectName.of("db", "t"), "by_k")))
                .isEqualTo("DROP MATERIALIZED VIEW `db`.`by_k`");
        // a view of another table is not rendered
        TableOperation.CreateSyncMaterializedView wrongTable = new TableOperation.CreateSyncMaterializedView(
                ObjectName.of("u"), view);
        assertThatThrownBy(() -> RENDERER.render(wrongTable))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("the query reads t, not the table it belongs to");
    }

    /**
     * Every CREATE MATERIALIZED VIEW a server accepted (corpus accepted/create_mv) is synchronous exactly when it
     * states neither REFRESH nor DISTRIBUTED BY (outside its query), and each synchronous one is written on one line
     * and reads back equal.
     */
    @Test
    void everyAcceptedMaterializedViewIsReadAsTheServerReadsIt() {
        Path corpus = StarRocksCorpus.root().orElse(null);
        assumeTrue(corpus != null, "no starrocks-corpus on this machine");
        int synchronous = 0;
        List<String> failures = new ArrayList<>();
        for (StarRocksCorpus.Entry e : StarRocksCorpus.files(corpus, "accepted/create_mv")) {
            for (String statement : StatementSplitter.split(e.sql())) {
                if (!statement.strip().regionMatches(true, 0, "CREATE", 0, 6)) {
                    continue; // REFRESH MATERIALIZED VIEW and the like
                }
                Operation op = DdlParser.parseStatement(statement);
                String head = statement.substring(0, asKeyword(statement));
                boolean expectSync = !Pattern.compile("(?i)\\b(REFRESH|DISTRIBUTED)\\b").matcher(head).find()
                        || Pattern.compile("(?i)\\bREFRESH\\s+SYNC\\b").matcher(head).find();
                if (expectSync != op instanceof TableOperation.CreateSyncMaterializedView) {
                    failures.add(e.name() + ": read as " + op.getClass().getSimpleName());
                } else if (op instanceof TableOperation.CreateSyncMaterializedView sync) {
                    synchronous++;
                    String rendered = RENDERER.render(sync);
                    Operation again = DdlParser.parseStatement(rendered);
                    if (!again.equals(new TableOperation.CreateSyncMaterializedView(sync.target(),
                            new SyncMaterializedView(sync.view().name(), VerbatimSql.oneLine(sync.view().definition()),
                                    sync.view().properties()))) || rendered.contains("\n")) {
                        failures.add(e.name() + ": re-rendered as\n" + rendered);
                    }
                }
            }
        }
        System.out.println("accepted/create_mv: " + synchronous + " synchronous materialized views");
        assertThat(failures).isEmpty();
        assertThat(synchronous).as("synchronous materialized views in the corpus").isGreaterThan(20);
    }

    /** Where the query starts: the first top-level AS. */
    private static int asKeyword(String statement) {
        for (SqlToken t : SqlLexer.tokenize(statement)) {
            if (t.isKeyword("AS")) {
                return t.start();
            }
        }
        return statement.length();
    }
}
