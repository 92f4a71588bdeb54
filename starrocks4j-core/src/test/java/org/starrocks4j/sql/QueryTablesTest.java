package org.starrocks4j.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.starrocks4j.schema.ObjectName;

class QueryTablesTest {

    @Test
    void namesAfterFromJoinAndCommasOfTheFromList() {
        assertThat(QueryTables.readBy("SELECT * FROM a x, db.b AS y LEFT JOIN cat.db.c ON x.id = c.id "
                + "JOIN `we ird` w USING (id) WHERE x.v IN (SELECT v FROM d)"))
                .containsExactly(ObjectName.of("a"), ObjectName.of("db", "b"), new ObjectName("cat", "db", "c"),
                        ObjectName.of("we ird"), ObjectName.of("d"));
    }

    @Test
    void subqueriesCommonTableExpressionsAndTableFunctionsNameNoTableThemselves() {
        assertThat(QueryTables.readBy("WITH r (id) AS (SELECT id FROM base), s AS (SELECT 1) "
                + "SELECT * FROM (SELECT * FROM inner_t) q, r, s, unnest(q.arr) AS u, TABLE(generate_series(1, 3))"))
                .containsExactly(ObjectName.of("base"), ObjectName.of("inner_t"));
    }

    @Test
    void fromInsideFunctionCallsAndStringsIsNotATable() {
        assertThat(QueryTables.readBy("SELECT EXTRACT(YEAR FROM dt), TRIM(BOTH 'x' FROM s), 'FROM fake' "
                + "FROM real_t")).containsExactly(ObjectName.of("real_t"));
        assertThat(QueryTables.readBy("SELECT 1")).isEmpty();
        assertThat(QueryTables.readBy("SELECT 'unclosed FROM t")).isEmpty();
    }
}
