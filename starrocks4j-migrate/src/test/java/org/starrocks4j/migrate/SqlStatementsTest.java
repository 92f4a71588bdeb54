package org.starrocks4j.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqlStatementsTest {

    @Test
    void splitsAtSemicolonsOutsideQuotesAndComments() {
        String sql = """
                -- create it; carefully
                CREATE TABLE `a;b` (c INT COMMENT 'x;y') /* note; here */ PROPERTIES ("k" = "v;w");
                ALTER TABLE t COMMENT = 'it''s; \\' fine';

                -- trailing comment only
                """;
        assertThat(SqlStatements.split(sql)).containsExactly(
                "CREATE TABLE `a;b` (c INT COMMENT 'x;y')   PROPERTIES (\"k\" = \"v;w\")",
                "ALTER TABLE t COMMENT = 'it''s; \\' fine'");
    }

    @Test
    void lastStatementNeedsNoSemicolon() {
        assertThat(SqlStatements.split("DROP TABLE a;\nDROP TABLE b")).containsExactly("DROP TABLE a", "DROP TABLE b");
        assertThat(SqlStatements.split("  -- nothing\n ; ;")).isEmpty();
    }

    @Test
    void unterminatedQuoteIsAnError() {
        assertThatThrownBy(() -> SqlStatements.split("SELECT 'abc"))
                .hasMessageContaining("unterminated ' quote");
        assertThatThrownBy(() -> SqlStatements.split("SELECT 1 /* open"))
                .hasMessageContaining("unterminated /* comment");
    }

    @Test
    void collapsesWhitespaceOutsideLiteralsOnly() {
        assertThat(SqlStatements.collapseWhitespace("ALTER  TABLE\n  t   COMMENT = 'a   b'"))
                .isEqualTo("ALTER TABLE t COMMENT = 'a   b'");
    }
}
