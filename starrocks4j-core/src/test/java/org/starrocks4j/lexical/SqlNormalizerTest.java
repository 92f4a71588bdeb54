package org.starrocks4j.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlNormalizerTest {

    private static void same(String a, String b) {
        assertThat(SqlNormalizer.normalize(a)).as(a + "  vs  " + b).isEqualTo(SqlNormalizer.normalize(b));
    }

    private static void different(String a, String b) {
        assertThat(SqlNormalizer.normalize(a)).as(a + "  vs  " + b).isNotEqualTo(SqlNormalizer.normalize(b));
    }

    @Test
    void caseQuotesWhitespaceCommentsAndSemicolon() {
        same("SELECT 1 AS `val`", "select 1 as val");
        same("select\n  c1, -- first\n  c2 /* second */\nfrom t1;", "SELECT c1, c2 FROM t1");
        same("SELECT a FROM t WHERE s = \"x\"", "select a from t where s = 'x'");
        different("SELECT a FROM t WHERE s = 'X'", "SELECT a FROM t WHERE s = 'x'");
        different("SELECT 1", "SELECT 2");
    }

    @Test
    void olderServerRewrites() {
        same("SELECT `db`.`t`.`id`, `db`.`t`.`name` FROM `db`.`t`", "SELECT id, name FROM t");
        same("SELECT `db`.`a`.`id` FROM `db`.`a` INNER JOIN `db`.`b` ON `db`.`a`.`id` = `db`.`b`.`id`",
                "select a.id from a join b on a.id = b.id");
        same("SELECT a.x FROM a LEFT OUTER JOIN b ON (a.id = b.id)", "SELECT a.x FROM a LEFT JOIN b ON a.id = b.id");
        same("WITH `c` (`id`) AS (SELECT `db`.`t`.`id` FROM `db`.`t`) SELECT `c`.`id` FROM `c`",
                "WITH c AS (SELECT id FROM t) SELECT id FROM c");
        same("SELECT * FROM t, LATERAL unnest(t.arr) AS u(x)", "SELECT * FROM t, unnest(t.arr) u(x)");
        same("SELECT a FROM t WHERE (a > 1)", "SELECT a FROM t WHERE a > 1");
    }

    @Test
    void meaningfulParenthesesStay() {
        different("SELECT a FROM t WHERE (a > 1 OR b > 1) AND c = 1", "SELECT a FROM t WHERE a > 1 OR b > 1 AND c = 1");
        same("date_trunc('month', k1)", "date_trunc(\"month\", `k1`)");
    }

    @Test
    void expressionsIgnoreEnclosingParentheses() {
        assertThat(SqlNormalizer.normalizeExpression("(array_avg(array_data))"))
                .isEqualTo(SqlNormalizer.normalizeExpression("array_avg(array_data)"));
        assertThat(SqlNormalizer.normalizeExpression("`id` * 10")).isEqualTo(SqlNormalizer.normalizeExpression("(id * 10)"));
        assertThat(SqlNormalizer.normalizeExpression("(a) + (b)")).isNotEqualTo(SqlNormalizer.normalizeExpression("a + b)"));
    }

    @Test
    void qualifiersStayWhenSeveralTablesAreRead() {
        different("SELECT a.id FROM a JOIN b ON a.id = b.id", "SELECT b.id FROM a JOIN b ON a.id = b.id");
    }

    @Test
    void groupingParenthesesAreLeftOutWherePrecedenceMakesTheSameExpression() {
        canonical("(original * original) + 10", "original * original + 10");
        canonical("if((length(dt)) = 6, 1, 2)", "if(length(dt) = 6, 1, 2)");
        canonical("CAST((CAST((id + 10) AS INT)) AS BIGINT)", "cast(cast(id + 10 as int) as bigint)");
        canonical("from_unixtime((CAST(ts AS INT)) - 3600)", "from_unixtime(cast(ts as int) - 3600)");
        canonical("CAST((`f`->'x') AS VARCHAR)", "cast(f -> 'x' as varchar)");
        canonical("a - (b * c)", "a - b * c");
        canonical("(a / b) * c", "a / b * c");
        canonical("not (a = b)", "not a = b");
        canonical("((a))", "a");
        // parentheses that change the meaning, or that are not only grouping, stay
        canonical("a - (b - c)", "a - (b - c)");
        canonical("a / (b * c)", "a / (b * c)");
        canonical("(a + b) * c", "(a + b) * c");
        canonical("not (a and b)", "not(a and b)");
        canonical("x in (1)", "x in(1)");
        canonical("f(a) - (case when a then 1 else 2 end)", "f(a) - (case when a then 1 else 2 end)");
        canonical("(a or b) and c", "(a or b) and c");
    }

    private static void canonical(String sql, String expected) {
        assertThat(SqlNormalizer.canonicalExpression(sql)).as(sql).isEqualTo(expected);
    }
}
