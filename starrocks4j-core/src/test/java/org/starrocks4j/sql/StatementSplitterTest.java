package org.starrocks4j.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
                "CREATE VIEW v AS SELECT 1 # note; here",
                "DROP TABLE t");
    }

    @Test
    void emptyScriptsHaveNoStatements() {
        assertThat(StatementSplitter.split("  -- only a comment\n ; ;")).isEmpty();
    }
}
