package org.starrocks4j.lexical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.starrocks4j.operation.ColumnClause;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.operation.ViewOperation;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.InvalidModelException;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.QuerySource;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.View;
import org.starrocks4j.sql.DdlRenderer;
import org.starrocks4j.types.Types;

/**
 * SQL the toolkit writes verbatim (expressions, queries) cannot break out of its place in the statement: no
 * {@code ;} ending the statement early, no open quote or parenthesis, no line comment swallowing what follows.
 */
class VerbatimSqlTest {

    private final DdlRenderer renderer = DdlRenderer.defaults();

    @Test
    void oneLineMeansTheSame() {
        assertThat(VerbatimSql.oneLine("SELECT a, -- first\n\tb+1 /* x */\nFROM t WHERE s = 'x\ny'"))
                .isEqualTo("SELECT a, b+1 FROM t WHERE s = 'x\\ny'");
        assertThat(VerbatimSql.oneLine("select`a`from t")).isEqualTo("select`a`from t");
        assertThatThrownBy(() -> VerbatimSql.oneLine("SELECT 'open")).isInstanceOf(SqlParseException.class);
    }

    @Test
    void theSingleTableAQueryReads() {
        assertThat(QuerySource.singleTable("SELECT k FROM t WHERE (SELECT 1 FROM u) > 0")).contains(ObjectName.of("t"));
        assertThat(QuerySource.singleTable("select k from `d b`.`t` a group by k")).contains(ObjectName.of("d b", "t"));
        assertThat(QuerySource.singleTable("SELECT 1")).isEmpty();
        assertThat(QuerySource.singleTable("SELECT k FROM t, u")).isEmpty();
        assertThat(QuerySource.singleTable("SELECT k FROM t LEFT JOIN u USING (k)")).isEmpty();
        assertThat(QuerySource.singleTable("SELECT k FROM (SELECT k FROM t) s")).isEmpty();
        assertThat(QuerySource.singleTable("SELECT * FROM TABLE(generate_series(1, 3))")).isEmpty();
        assertThat(QuerySource.singleTable("SELECT k FROM t UNION ALL SELECT k FROM u")).isEmpty();
        assertThat(QuerySource.withTable("SELECT k FROM db.t a WHERE a.k > 0", "new name"))
                .isEqualTo("SELECT k FROM db.`new name` a WHERE a.k > 0");
        assertThat(QuerySource.withTable("SELECT 1", "x")).isEqualTo("SELECT 1");
    }

    @Test
    void factsAboutVerbatimText() {
        assertThat(VerbatimSql.of("date_trunc('day', dt) + INTERVAL 1 DAY").isSelfContained()).isTrue();
        assertThat(VerbatimSql.of("';' || \"--\" || `#x`").isSelfContained()).isTrue();
        assertThat(VerbatimSql.of("a /* -- ; */ + 1").lineComment()).isFalse();
        assertThat(VerbatimSql.of("1; DROP TABLE t").semicolon()).isTrue();
        assertThat(VerbatimSql.of("SELECT 1 ;").semicolon()).isFalse();
        assertThat(VerbatimSql.of("SELECT 1 ;").trailingSemicolon()).isTrue();
        assertThat(VerbatimSql.of("SELECT 1 ;").isSelfContained()).isFalse();
        assertThat(VerbatimSql.of("f(a").balanced()).isFalse();
        assertThat(VerbatimSql.of("a) + (b").balanced()).isFalse();
        assertThat(VerbatimSql.of("'open").readable()).isFalse();
        assertThat(VerbatimSql.of("a /* open").readable()).isFalse();
        assertThat(VerbatimSql.of("SELECT a -- the a\n  ").lineComment()).isTrue();
        assertThat(VerbatimSql.of("SELECT a, -- the a\n b # and b\n FROM t").lineComment()).isTrue();
        assertThat(VerbatimSql.withoutTerminator(" SELECT 1 ; ; ")).isEqualTo("SELECT 1");
        assertThat(VerbatimSql.withoutTerminator("SELECT ';'")).isEqualTo("SELECT ';'");
    }

    @Test
    void expressionsMustStayOnePieceOfTheStatement() {
        assertThatThrownBy(() -> Table.builder("t").column("a", Types.INT)
                .column("g", Types.INT, c -> c.generatedAs("a); DROP TABLE t; -- ")).build())
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("table t, column 'g': the generated column expression 'a); DROP TABLE t; -- ' "
                        + "contains ';', which would end the statement; remove it");
        assertThatThrownBy(() -> Table.builder("t").column("a", Types.DATETIME, c -> c.defaultExpression("now() -- x"))
                .build())
                .hasMessageContaining("column 'a': the DEFAULT expression 'now() -- x' contains a line comment (-- or #)");
        assertThatThrownBy(() -> Table.builder("t").column("dt", Types.DATE)
                .partitionBy(Partitioning.expressions("date_trunc('day', dt")).build())
                .hasMessageContaining("table t: the partition expression 'date_trunc('day', dt' has unbalanced parentheses");
        assertThatThrownBy(() -> Table.builder("t").column("a", Types.varchar(10))
                .column("g", Types.varchar(10), c -> c.generatedAs("concat(a, 'x)")).build())
                .hasMessageContaining("leaves a quote, back-quote or comment open");
    }

    @Test
    void queriesMayCarryCommentsButNotASecondStatement() {
        assertThatThrownBy(() -> View.builder("v").as("SELECT 1; DROP TABLE t").build())
                .hasMessage("view v: the query contains ';', which would end the statement; give a single query without ';'");
        assertThatThrownBy(() -> MaterializedView.builder("mv").as("SELECT (1").build())
                .hasMessageContaining("materialized view mv: the query has unbalanced parentheses");
        // the server prints user comments inside view queries (corpus show_create/view/001); a comment on the last
        // line must not swallow the statement's end, so the statement then ends on a new line
        View commented = View.builder("v").as("SELECT c1, -- first\n c2 -- second").build();
        String ddl = renderer.createView(commented);
        assertThat(ddl).isEqualTo("CREATE VIEW `v`\nAS SELECT c1, -- first\n c2 -- second\n");
        List<SqlToken> tokens = SqlLexer.tokenize(ddl + ";\nSELECT 2");
        assertThat(tokens).filteredOn(t -> t.isSymbol(";")).hasSize(1);
        // a terminator some servers print after the query is dropped, so a script's own ';' does not double it
        assertThat(renderer.createView(View.builder("v").as("select 1 ;").build())).isEqualTo("CREATE VIEW `v`\nAS select 1");
    }

    @Test
    void operationsCarryingVerbatimSqlAreCheckedWhenRendered() {
        assertThatThrownBy(() -> renderer.render(new ViewOperation.AlterView(ObjectName.of("v"), List.of(),
                "SELECT 1; DROP TABLE t")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ALTER VIEW v: the query 'SELECT 1; DROP TABLE t' would not stay one piece");
        assertThatThrownBy(() -> renderer.render(new TableOperation.AlterColumns(ObjectName.of("t"), List.of(
                new ColumnClause.Add(Column.builder("g", Types.INT).generatedAs("1 -- x").build(), null)))))
                .hasMessageContaining("column 'g': the generated column expression '1 -- x' contains a line comment");
        assertThat(renderer.render(new ViewOperation.AlterView(ObjectName.of("v"), List.of(), "SELECT 1 -- one")))
                .isEqualTo("ALTER VIEW `v`\nAS SELECT 1 -- one\n");
    }
}
