package org.starrocks4j.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.starrocks4j.lexical.SqlParseException;
import org.starrocks4j.types.BinaryType;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.DecimalType;
import org.starrocks4j.types.StructType;
import org.starrocks4j.types.Types;

class TypeParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "int(11)|INT", "INTEGER|INT", "bigint(20)|BIGINT", "tinyint(4)|TINYINT", "smallint(6)|SMALLINT",
            "largeint(40)|LARGEINT", "bigint(20) unsigned|LARGEINT", "bigint unsigned|LARGEINT", "boolean|BOOLEAN",
            "float|FLOAT", "double|DOUBLE", "varchar(65533)|VARCHAR(65533)", "string|STRING", "char(10)|CHAR(10)",
            "varchar|VARCHAR(1)", "date|DATE", "datetime|DATETIME", "json|JSON", "hll|HLL", "bitmap|BITMAP",
            "percentile|PERCENTILE", "variant|VARIANT", "time|TIME", "varbinary|VARBINARY", "binary(8)|BINARY(8)",
            "decimal(10, 2)|DECIMAL(10, 2)", "decimal|DECIMAL(10, 0)", "decimal(8)|DECIMAL(8, 0)",
            "decimal64(18, 2)|DECIMAL64(18, 2)", "decimal32(9,9)|DECIMAL32(9, 9)", "DECIMAL128(38, 10)|DECIMAL128(38, 10)",
            "decimal(76, 10)|DECIMAL256(76, 10)",
            "array<int(11)>|ARRAY<INT>", "ARRAY<ARRAY<varchar(20)>>|ARRAY<ARRAY<VARCHAR(20)>>",
            "map<varchar(10),array<int(11)>>|MAP<VARCHAR(10), ARRAY<INT>>",
            "struct<a int(11), b varchar(10)>|STRUCT<`a` INT, `b` VARCHAR(10)>"})
    void readsDdlAndInformationSchemaSpellings(String text, String canonical) {
        assertThat(TypeParser.parse(text).toSql()).isEqualTo(canonical);
    }

    @Test
    void readsStructFieldsWithQuotedNamesAndComments() {
        DataType type = TypeParser.parse("struct<`a b` varchar(50) COMMENT '', `c``d` int(11) COMMENT 'it''s', "
                + "e struct<f: array<map<int, struct<g int>>>>>");
        assertThat(type).isEqualTo(new StructType(List.of(
                new StructType.Field("a b", Types.varchar(50), ""),
                new StructType.Field("c`d", Types.INT, "it's"),
                new StructType.Field("e", Types.struct(Types.field("f",
                        Types.array(Types.map(Types.INT, Types.struct(Types.field("g", Types.INT))))))))));
    }

    @Test
    void informationSchemaReportsBooleanAsTinyintOne() {
        assertThat(TypeParser.parseColumnType("tinyint(1)")).isEqualTo(Types.BOOLEAN);
        assertThat(TypeParser.parse("tinyint(1)")).isEqualTo(Types.TINYINT);
        assertThat(TypeParser.parseColumnType("array<tinyint(1)>")).isEqualTo(Types.array(Types.BOOLEAN));
    }

    @Test
    void keepsTheDecimalSpellingAndBinaryLength() {
        assertThat(TypeParser.parse("decimal64(10, 3)")).isEqualTo(new DecimalType(DecimalType.Spelling.DECIMAL64, 10, 3));
        assertThat(TypeParser.parse("VARBINARY(16)")).isEqualTo(new BinaryType(true, 16));
    }

    @Test
    void malformedTypesAreLocated() {
        assertThatThrownBy(() -> TypeParser.parse("array<int")).isInstanceOf(SqlParseException.class)
                .hasMessageContaining("expected '>'");
        assertThatThrownBy(() -> TypeParser.parse("map<int,>")).isInstanceOf(SqlParseException.class)
                .hasMessageContaining("expected a column type");
        assertThatThrownBy(() -> TypeParser.parse("struct<name int")).isInstanceOf(SqlParseException.class)
                .hasMessageContaining("expected '>'");
        assertThatThrownBy(() -> TypeParser.parse("array<ARRAY>")).isInstanceOf(SqlParseException.class)
                .hasMessageContaining("'<'");
        assertThatThrownBy(() -> TypeParser.parse("varchar(0)")).isInstanceOf(SqlParseException.class)
                .hasMessageContaining("length must be");
        assertThatThrownBy(() -> TypeParser.parse("int unsigned")).isInstanceOf(SqlParseException.class)
                .hasMessageContaining("no unsigned int");
        assertThatThrownBy(() -> TypeParser.parse("whatever")).isInstanceOfSatisfying(SqlParseException.class, e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo(1);
            assertThat(e.getMessage()).contains("'whatever' is not a StarRocks type");
        });
    }
}
