package org.starrocks4j.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.View;

class StatementSplitterTest {

    @Test
    void splitsOnlyAtSemicolonsOutsideStringsNamesAndComments() {
        String script = """
                -- a file header; with a semicolon
                CREATE TABLE `a;b` (c VARCHAR(10) DEFAULT ';' COMMENT "x;y");
                /* block; comment */ CREATE VIEW v AS SELECT 1 # note; here
                ;;
                DROP TABLE t
                """;
        assertThat(StatementSplitter.split(script)).containsExactly(
                "CREATE TABLE `a;b` (c VARCHAR(10) DEFAULT ';' COMMENT \"x;y\")",
                "CREATE VIEW v AS SELECT 1 # note; here\n",
                "DROP TABLE t");
    }

    @Test
    void emptyScriptsHaveNoStatements() {
        assertThat(StatementSplitter.split("  -- only a comment\n ; ;")).isEmpty();
    }

    @Test
    void aQueryEndingInALineCommentKeepsTheSemicolonOutOfTheComment() {
        View view = View.builder("v").as("SELECT 1 AS one -- the answer").build();
        MaterializedView mv = MaterializedView.builder("mv").as("SELECT k FROM t\n# last line comment\n").build();
        DdlRenderer renderer = DdlRenderer.defaults();
        List<String> statements = List.of(renderer.create(view), renderer.create(mv), "DROP TABLE t");

        // the way revision files, offline scripts and inspect output join statements
        String script = String.join(";\n", statements) + ";\n";
        List<String> split = StatementSplitter.split(script);

        assertThat(split).hasSize(3);
        assertThat(DdlParser.parseView(split.get(0))).isEqualTo(view);
        assertThat(DdlParser.parseMaterializedView(split.get(1)).definition()).isEqualTo(mv.definition().strip());
        assertThat(split.get(2)).isEqualTo("DROP TABLE t");
        assertThat(renderer.create(view)).endsWith("-- the answer\n");
    }

    @Test
    void terminatedPutsTheSemicolonOnItsOwnLineOnlyAfterALineComment() {
        assertThat(StatementSplitter.terminated("SELECT 1 -- c  ")).isEqualTo("SELECT 1 -- c\n;");
        assertThat(StatementSplitter.terminated("SELECT 1 /* c */ ")).isEqualTo("SELECT 1 /* c */;");
        assertThat(StatementSplitter.terminated("SELECT '--' ")).isEqualTo("SELECT '--';");
        assertThat(StatementSplitter.terminated("SELECT 1 -- c\n  ")).isEqualTo("SELECT 1 -- c\n;");
        assertThat(StatementSplitter.split(StatementSplitter.terminated("SELECT 1 # c") + "SELECT 2"))
                .containsExactly("SELECT 1 # c\n", "SELECT 2");
    }
}
