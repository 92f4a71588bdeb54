package org.starrocks4j.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlTextTest {

    @Test
    void identifiersAreBackQuotedWithInnerBackQuotesDoubled() {
        assertThat(SqlText.identifier("plain")).isEqualTo("`plain`");
        assertThat(SqlText.identifier("a`b")).isEqualTo("`a``b`");
        assertThat(SqlText.identifier("`; DROP TABLE x; --")).isEqualTo("```; DROP TABLE x; --`");
        assertThat(SqlText.identifiers(List.of("a", "b c"))).isEqualTo("`a`, `b c`");
    }

    @Test
    void literalsEscapeQuotesBackslashesAndControlCharacters() {
        assertThat(SqlText.literal("it's")).isEqualTo("'it\\'s'");
        assertThat(SqlText.literal("a\\b")).isEqualTo("'a\\\\b'");
        assertThat(SqlText.literal("line1\nline2\r\t\0")).isEqualTo("'line1\\nline2\\r\\t\\0'");
        assertThat(SqlText.literal("say \"hi\"")).isEqualTo("'say \"hi\"'");
        assertThat(SqlText.doubleQuoted("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
        assertThat(SqlText.doubleQuoted("it's")).isEqualTo("\"it's\"");
        assertThat(SqlText.literal("日本語")).isEqualTo("'日本語'");
    }
}
