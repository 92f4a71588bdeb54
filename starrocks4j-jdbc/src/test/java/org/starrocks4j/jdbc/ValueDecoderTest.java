package org.starrocks4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.starrocks4j.types.Types.array;
import static org.starrocks4j.types.Types.decimal;
import static org.starrocks4j.types.Types.field;
import static org.starrocks4j.types.Types.map;
import static org.starrocks4j.types.Types.struct;
import static org.starrocks4j.types.Types.varchar;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.starrocks4j.types.AggregateStateType;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.Types;

class ValueDecoderTest {

    private static Object decode(String text, DataType type) {
        return ValueDecoder.decode(text, type);
    }

    @Test
    void scalars() {
        assertThat(decode("1", Types.BOOLEAN)).isEqualTo(true);
        assertThat(decode("false", Types.BOOLEAN)).isEqualTo(false);
        assertThat(decode("-128", Types.TINYINT)).isEqualTo((byte) -128);
        assertThat(decode("300", Types.SMALLINT)).isEqualTo((short) 300);
        assertThat(decode("2147483647", Types.INT)).isEqualTo(Integer.MAX_VALUE);
        assertThat(decode("-9223372036854775808", Types.BIGINT)).isEqualTo(Long.MIN_VALUE);
        assertThat(decode("170141183460469231731687303715884105727", Types.LARGEINT))
                .isEqualTo(new BigInteger("170141183460469231731687303715884105727"));
        assertThat(decode("-170141183460469231731687303715884105728", Types.LARGEINT))
                .isEqualTo(BigInteger.ONE.shiftLeft(127).negate());
        assertThat(decode("12345678901234567890.1234567890", decimal(38, 10)))
                .isEqualTo(new BigDecimal("12345678901234567890.1234567890"));
        assertThat(decode("1.50", decimal(5, 2))).isEqualTo(new BigDecimal("1.50"));
        assertThat(decode("1.5", Types.FLOAT)).isEqualTo(1.5f);
        assertThat(decode("inf", Types.DOUBLE)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat((Double) decode("nan", Types.DOUBLE)).isNaN();
        assertThat(decode("2024-02-29", Types.DATE)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(decode("2024-01-01 12:34:56", Types.DATETIME)).isEqualTo(LocalDateTime.of(2024, 1, 1, 12, 34, 56));
        assertThat(decode("2024-01-01 12:34:56.123456", Types.DATETIME))
                .isEqualTo(LocalDateTime.of(2024, 1, 1, 12, 34, 56, 123_456_000));
        assertThat(decode("2024-01-01 12:34:56.5", Types.DATETIME))
                .isEqualTo(LocalDateTime.of(2024, 1, 1, 12, 34, 56, 500_000_000));
        assertThat(decode("10:20:30", Types.TIME)).isEqualTo(LocalTime.of(10, 20, 30));
        assertThat(decode(" padded ", varchar(10))).isEqualTo(" padded ");
        assertThat(decode("null", Types.STRING)).isEqualTo("null");
        assertThat(decode(null, Types.INT)).isNull();
    }

    @Test
    void anAggregateStateIsReadAsTheTypeItIsStoredAs() {
        assertThat(decode("42", new AggregateStateType(Types.BIGINT, "count", List.of(Types.INT)))).isEqualTo(42L);
        assertThat(decode("0x0A0B", Types.aggregateState("avg", Types.INT))).isEqualTo(new byte[] {10, 11});
    }

    @Test
    void arraysWithNullsQuotesAndCommasInStrings() {
        assertThat(decode("[1,2,null]", array(Types.INT))).isEqualTo(Arrays.asList(1, 2, null));
        assertThat(decode("[]", array(Types.INT))).isEqualTo(List.of());
        assertThat(decode("[\"a\",\"b,c\",NULL,\"]\"]", array(Types.STRING)))
                .isEqualTo(Arrays.asList("a", "b,c", null, "]"));
        assertThat(decode("[[1,2],[],null,[3]]", array(array(Types.BIGINT))))
                .isEqualTo(Arrays.asList(List.of(1L, 2L), List.of(), null, List.of(3L)));
    }

    @Test
    void rawControlCharactersAndEscapes() {
        // Raw tab and newline inside the quotes, as the server prints them; MySQL-style \' and JSON-style \".
        assertThat(decode("[\"a\tb\",\"line1\nline2\",'it\\'s',\"say \\\"hi\\\"\",\"back\\\\slash\",\"\\u00e9\"]",
                array(Types.STRING)))
                .isEqualTo(List.of("a\tb", "line1\nline2", "it's", "say \"hi\"", "back\\slash", "é"));
        assertThat(decode("['it''s']", array(Types.STRING))).isEqualTo(List.of("it's"));
    }

    @Test
    void mapsWithUnquotedTypedKeys() {
        Object m = decode("{1:\"a\",2:\"b\",3:null}", map(Types.INT, Types.STRING));
        Map<Object, Object> expected = new LinkedHashMap<>();
        expected.put(1, "a");
        expected.put(2, "b");
        expected.put(3, null);
        assertThat(m).isEqualTo(expected);
        assertThat(((Map<?, ?>) m).keySet().iterator().next()).isInstanceOf(Integer.class);

        assertThat(decode("{1:\"yes\",0:\"no\"}", map(Types.BOOLEAN, Types.STRING)))
                .isEqualTo(Map.of(true, "yes", false, "no"));
        assertThat(decode("{1.5:10,2.25:20}", map(decimal(4, 2), Types.LARGEINT)))
                .isEqualTo(Map.of(new BigDecimal("1.5"), BigInteger.TEN, new BigDecimal("2.25"), BigInteger.valueOf(20)));
        assertThat(decode("{\"k1\":1.50,\"k2\":null}", map(Types.STRING, decimal(5, 2))))
                .isEqualTo(new LinkedHashMap<>(Map.of("k1", new BigDecimal("1.50"))) {{ put("k2", null); }});
        assertThat(decode("{\"2024-01-01\":[1]}", map(Types.DATE, array(Types.INT))))
                .isEqualTo(Map.of(LocalDate.of(2024, 1, 1), List.of(1)));
        assertThat(decode("{}", map(Types.INT, Types.INT))).isEqualTo(Map.of());
    }

    @Test
    void structsByNameAndByPosition() {
        DataType person = struct(field("id", Types.INT), field("name", Types.STRING), field("tags", array(Types.STRING)));
        StructValue named = (StructValue) decode("{\"id\":1,\"name\":\"Ann\",\"tags\":[\"x\"]}", person);
        assertThat(named.get("id")).isEqualTo(1);
        assertThat(named.get("NAME")).isEqualTo("Ann");
        assertThat(named.get(2)).isEqualTo(List.of("x"));
        assertThat(named.names()).containsExactly("id", "name", "tags");

        StructValue positional = (StructValue) decode("{2,\"Bob\",null}", person);
        assertThat(positional.get("name")).isEqualTo("Bob");
        assertThat(positional.get("tags")).isNull();

        StructValue partial = (StructValue) decode("{\"name\":\"Cy\"}", person);
        assertThat(partial.get("id")).isNull();
        assertThat(partial.get("name")).isEqualTo("Cy");
    }

    @Test
    void deepNesting() {
        DataType type = array(map(Types.STRING, struct(field("level1", array(map(Types.INT,
                struct(field("level2", Types.STRING), field("at", Types.DATETIME))))))));
        Object v = decode("[{\"k\":{\"level1\":[{7:{\"level2\":\"deep\",\"at\":\"2024-05-06 07:08:09\"}}]}},null]", type);
        List<?> list = (List<?>) v;
        StructValue outer = (StructValue) ((Map<?, ?>) list.get(0)).get("k");
        StructValue inner = (StructValue) ((Map<?, ?>) ((List<?>) outer.get("level1")).get(0)).get(7);
        assertThat(inner.get("level2")).isEqualTo("deep");
        assertThat(inner.get("at")).isEqualTo(LocalDateTime.of(2024, 5, 6, 7, 8, 9));
        assertThat(list.get(1)).isNull();
    }

    @Test
    void datesDecimalsAndBinaryInsideComplexValues() {
        assertThat(decode("[\"2024-01-01 00:00:00.000001\",null]", array(Types.DATETIME)))
                .isEqualTo(Arrays.asList(LocalDateTime.of(2024, 1, 1, 0, 0, 0, 1000), null));
        assertThat(decode("[0.10,99999999999999999999999999999999.999999]", array(decimal(38, 6))))
                .isEqualTo(List.of(new BigDecimal("0.10"), new BigDecimal("99999999999999999999999999999999.999999")));
        assertThat((List<?>) decode("[0x616263,\"00ff\"]", array(Types.VARBINARY)))
                .satisfiesExactly(a -> assertThat((byte[]) a).containsExactly('a', 'b', 'c'),
                        b -> assertThat((byte[]) b).containsExactly(0, 0xff));
        assertThat(decode("[inf,-inf,1e3]", array(Types.DOUBLE)))
                .isEqualTo(List.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1000.0));
        assertThat(decode("[170141183460469231731687303715884105727]", array(Types.LARGEINT)))
                .isEqualTo(List.of(new BigInteger("170141183460469231731687303715884105727")));
    }

    @Test
    void json() {
        Object v = decode("{\"a\": [1, 2.5, \"x\", true, null], \"b\": {\"c\": 12345678901234567890}}", Types.JSON);
        Map<?, ?> m = (Map<?, ?>) v;
        assertThat(m.get("a")).isEqualTo(Arrays.asList(1L, new BigDecimal("2.5"), "x", true, null));
        assertThat(((Map<?, ?>) m.get("b")).get("c")).isEqualTo(new BigInteger("12345678901234567890"));
        assertThat(decode("\"just text\"", Types.JSON)).isEqualTo("just text");
        assertThat(decode("42", Types.JSON)).isEqualTo(42L);
        assertThat(decode("null", Types.JSON)).isNull();
        // JSON elements of an array may arrive as quoted documents.
        assertThat(decode("['{\"k\": 1}', \"plain\"]", array(Types.JSON))).isEqualTo(List.of(Map.of("k", 1L), "plain"));
        assertThat(decode("{\"k\": 1}", Types.VARIANT)).isEqualTo(Map.of("k", 1L));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[1,2 | ARRAY<INT> | the array is not closed with ']'",
        "[1,,2] | ARRAY<INT> | a value is missing",
        "[1] x | ARRAY<INT> | unexpected text after the value",
        "[\"abc] | ARRAY<STRING> | not closed with \"",
        "[a] | ARRAY<INT> | could not read 'a' as INT in '[a]'",
        "{1:} | MAP<INT, INT> | a value is missing",
        "{1:2 | MAP<INT, INT> | not closed with '}'",
        "[1] | MAP<INT, INT> | expected a map {key:value, ...} but found an array",
        "{1,2} | MAP<INT, INT> | a map entry has no key",
        "7 | ARRAY<INT> | expected an array [...] but found '7'",
        "{\"id\":1,\"x\":2} | STRUCT<id INT> | the struct has no field 'x'",
        "{1,2} | STRUCT<id INT> | 2 values for 1 struct fields",
        "[300] | ARRAY<TINYINT> | could not read '300' as TINYINT",
        "[\"2024-13-01\"] | ARRAY<DATE> | could not read '2024-13-01' as DATE",
        "[2] | ARRAY<BOOLEAN> | could not read '2' as BOOLEAN",
        "{\"a\":x} | JSON | 'x' is neither a number",
        "[\"zz\"] | ARRAY<VARBINARY> | could not read 'zz' as VARBINARY",
    })
    void malformedTextFailsClearly(String text, String typeName, String message) {
        DataType type = switch (typeName) {
            case "ARRAY<INT>" -> array(Types.INT);
            case "ARRAY<STRING>" -> array(Types.STRING);
            case "MAP<INT, INT>" -> map(Types.INT, Types.INT);
            case "STRUCT<id INT>" -> struct(field("id", Types.INT));
            case "ARRAY<TINYINT>" -> array(Types.TINYINT);
            case "ARRAY<DATE>" -> array(Types.DATE);
            case "ARRAY<BOOLEAN>" -> array(Types.BOOLEAN);
            case "ARRAY<VARBINARY>" -> array(Types.VARBINARY);
            case "JSON" -> Types.JSON;
            default -> throw new IllegalArgumentException(typeName);
        };
        assertThatThrownBy(() -> decode(text, type))
                .isInstanceOf(ValueDecodingException.class)
                .hasMessageContaining(message);
    }

    @Test
    void scalarErrorsNameTheType() {
        assertThatThrownBy(() -> decode("12x", Types.INT)).isInstanceOf(ValueDecodingException.class)
                .hasMessage("could not read '12x' as INT");
        assertThatThrownBy(() -> decode("2024-01-01 25:00:00", Types.DATETIME))
                .hasMessageContaining("as DATETIME");
        assertThatThrownBy(() -> decode("1e999999999999", decimal(10, 2))).hasMessageContaining("as DECIMAL(10, 2)");
    }

    @Test
    void typeGivenAsTextInEitherSpelling() {
        assertThat(ValueDecoder.decode("[1,null]", "array<int(11)>")).isEqualTo(Arrays.asList(1, null));
        assertThat(ValueDecoder.decode("1", "tinyint(1)")).isEqualTo(true);
        assertThat(ValueDecoder.decode("{\"a b\":2}", "struct<`a b` bigint(20) COMMENT ''>"))
                .isEqualTo(new StructValue(Map.of("a b", 2L)));
        assertThat(ValueDecoder.decode("{1:[\"x\"]}", "MAP<LARGEINT, ARRAY<VARCHAR(10)>>"))
                .isEqualTo(Map.of(BigInteger.ONE, List.of("x")));
    }

    @Test
    void longTextIsCutInMessages() {
        String longText = "[" + "1,".repeat(200) + "x]";
        assertThatThrownBy(() -> decode(longText, array(Types.INT)))
                .hasMessageContaining("...'")
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(400));
    }

    @Test
    void deeplyNestedGarbageIsRefusedNotAStackOverflow() {
        assertThatThrownBy(() -> decode("[".repeat(10_000), array(Types.INT)))
                .isInstanceOf(ValueDecodingException.class).hasMessageContaining("nested deeper");
    }
}
