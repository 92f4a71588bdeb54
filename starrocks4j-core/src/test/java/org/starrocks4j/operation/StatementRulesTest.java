package org.starrocks4j.operation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.starrocks4j.lexical.SqlParseException;
import org.starrocks4j.schema.InvalidModelException;
import org.starrocks4j.sql.DdlParser;

/**
 * ALTER statements the server refused for what they show by themselves (corpus rejected/, file named), refused
 * when read; and their accepted neighbours, read as they are.
 */
class StatementRulesTest {

    @ParameterizedTest(name = "rejected/{0}")
    @CsvSource(delimiter = '|', textBlock = """
            0043 | ALTER TABLE t ADD COLUMN newcol BIGINT AUTO_INCREMENT | column newcol can not be AUTO_INCREMENT when ADD COLUMN
            0045 | ALTER TABLE t MODIFY COLUMN job2 BIGINT AUTO_INCREMENT | column job2 can not be AUTO_INCREMENT when MODIFY COLUMN
            0023 | ALTER TABLE t1 ADD column k2 SMALLINT KEY SUM | Cannot specify aggregate function 'SUM' for key column 'k2'
            0121 | ALTER TABLE t ADD COLUMN mc_3 BIGINT KEY AS (id) | Generated Column can not be KEY
            0120 | ALTER TABLE t ADD COLUMN mc_3 BIGINT AS (sum(id)) | Generated Column don't support aggregation function (sum)
            0017 | ALTER TABLE t0 ADD COLUMN v2 BIGINT, ADD COLUMN v2 FLOAT | Repeatedly add same column with different definition: v2
            0026 | ALTER TABLE t1 ADD COLUMN v2 BIGINT, ADD COLUMN v2 BIGINT KEY | Repeatedly add same column with different definition: v2
            0137 | alter table t0 add column testcol1 BIGINT as v1 + 10 after xxx | AFTER can not be set when ADD GENERATED COLUMN testcol1
            0139 | alter table t0 add column testcol1 BIGINT as v1 + 10, add column testcol2 BIGINT after testcol1 | Can not add column after Generated Column testcol1
            0191 | alter table agg_test order by (k1,k2,k2) | Duplicated column[k2]
            0047 | alter table t set('bucket_size'='-1') | property 'bucket_size' = '-1': must be a whole number of at least 0
            0049 | alter table t set('mutable_bucket_num'='a') | property 'mutable_bucket_num' = 'a': must be a whole number
            0174 | alter table tab1 set ("primary_index_cache_expire_sec" = "-3600") | must be a whole number of at least 0
            """)
    void refusedWhenRead(String corpusFile, String statement, String message) {
        assertThatThrownBy(() -> DdlParser.parseStatement(statement))
                .isInstanceOf(InvalidModelException.class).hasMessageContaining("line 1: ").hasMessageContaining(message);
    }

    @ParameterizedTest(name = "rejected/{0}")
    @CsvSource(delimiter = '|', textBlock = """
            0117 | ALTER TABLE t ADD COLUMN mc_3 DOUBLE AS DEFAULT "1.0" (array_avg(array_data)) | a generated column takes no DEFAULT
            0136 | ALTER TABLE t ADD COLUMN (newcol5 BIGINT DEFAULT "0", newcol6 BIGINT AS id * 1000) | Can not add normal column and Generated Column in the same time
            """)
    void malformed(String corpusFile, String statement, String message) {
        assertThatThrownBy(() -> DdlParser.parseStatement(statement))
                .isInstanceOf(SqlParseException.class).hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            alter table t0 add column testcol5 BIGINT, add column testcol6 BIGINT as v1 * 10
            ALTER TABLE t0 ADD COLUMN v2 BIGINT DEFAULT "0", ADD COLUMN v3 INT AFTER v2
            ALTER TABLE t MODIFY COLUMN k2 BIGINT KEY NOT NULL
            alter table t set ("bucket_size" = "1024")
            alter table agg_test order by (k2, k1)
            """)
    void acceptedNeighboursAreRead(String statement) {
        // corpus pairs/0085 (generated and ordinary columns in separate clauses), live/README.md (KEY on a key column)
        assertThatCode(() -> DdlParser.parseStatement(statement)).doesNotThrowAnyException();
    }
}
