package org.starrocks4j.lexical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlLexerTest {

    private static List<SqlToken> tokens(String sql) {
        List<SqlToken> all = SqlLexer.tokenize(sql);
        assertThat(all.get(all.size() - 1).kind()).isEqualTo(SqlToken.Kind.END);
        return all.subList(0, all.size() - 1);
    }

    @Test
    void decodesQuotedIdentifiersAndStrings() {
        List<SqlToken> t = tokens("`a``b` 'it''s \\'x\\' \\n' \"say \\\"hi\\\"\" `x`.`y`");
        assertThat(t).extracting(SqlToken::kind).containsExactly(SqlToken.Kind.QUOTED_IDENTIFIER, SqlToken.Kind.STRING,
                SqlToken.Kind.STRING, SqlToken.Kind.QUOTED_IDENTIFIER, SqlToken.Kind.SYMBOL, SqlToken.Kind.QUOTED_IDENTIFIER);
        assertThat(t).extracting(SqlToken::value).containsExactly("a`b", "it's 'x' \n", "say \"hi\"", "x", ".", "y");
        assertThat(t.get(0).text()).isEqualTo("`a``b`");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "it's", "say \"hi\"", "back\\slash", "end */ of comment", "two\nlines",
            "tab\there", "\u0000nul", "ünï €", "\uD83D\uDE00", "-- not a comment", "# nor this", "\\%_"})
    void renderedLiteralsAndIdentifiersTokeniseBackToTheirValue(String value) {
        assertThat(tokens(SqlText.literal(value))).singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualTo(value));
        assertThat(tokens(SqlText.doubleQuoted(value))).singleElement()
                .satisfies(t -> assertThat(t.kind()).isEqualTo(SqlToken.Kind.STRING));
        if (!value.isEmpty()) {
            assertThat(tokens(SqlText.identifier(value))).singleElement()
                    .satisfies(t -> assertThat(t.value()).isEqualTo(value));
        }
    }

    @Test
    void skipsCommentsAndTracksLinesAndColumns() {
        List<SqlToken> t = tokens("-- first\nSELECT /* a\nb */ x # tail\n  , 1.5e3, 123abc");
        assertThat(t).extracting(SqlToken::text).containsExactly("SELECT", "x", ",", "1.5e3", ",", "123abc");
        assertThat(t.get(0).line()).isEqualTo(2);
        assertThat(t.get(1).line()).isEqualTo(3);
        assertThat(t.get(1).column()).isEqualTo(6);
        assertThat(t.get(2).line()).isEqualTo(4);
        assertThat(t.get(2).column()).isEqualTo(3);
        assertThat(t.get(3).kind()).isEqualTo(SqlToken.Kind.NUMBER);
        assertThat(t.get(5).kind()).isEqualTo(SqlToken.Kind.WORD);
    }

    @Test
    void keepsAngleBracketsApart() {
        assertThat(tokens("array<array<int>>")).extracting(SqlToken::text)
                .containsExactly("array", "<", "array", "<", "int", ">", ">");
    }

    @Test
    void unterminatedQuotesAndCommentsAreLocated() {
        assertThatThrownBy(() -> SqlLexer.tokenize("select\n  'abc"))
                .isInstanceOfSatisfying(SqlParseException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("never closed");
                });
        assertThatThrownBy(() -> SqlLexer.tokenize("x `abc")).isInstanceOf(SqlParseException.class)
                .hasMessageContaining("back-quoted identifier");
        assertThatThrownBy(() -> SqlLexer.tokenize("x /* abc")).isInstanceOf(SqlParseException.class)
                .hasMessageContaining("comment");
    }
}
