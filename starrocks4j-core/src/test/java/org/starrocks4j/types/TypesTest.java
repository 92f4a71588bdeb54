package org.starrocks4j.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.starrocks4j.lexical.SqlParseException;
import org.starrocks4j.sql.TypeParser;

/**
 * The StarRocks type system: every type, parameter validation, canonical rendering and the equivalence that knows
 * the server's spellings. Expected spellings come from python-client.md §1 and §8.2 items 9 and 16, and from what
 * real servers printed (starrocks-corpus).
 */
class TypesTest {

    @Test
    void everyParameterlessTypeRendersItsNameAndParsesBack() {
        List<DataType> constants = List.of(Types.BOOLEAN, Types.TINYINT, Types.SMALLINT, Types.INT, Types.BIGINT,
                Types.LARGEINT, Types.FLOAT, Types.DOUBLE, Types.STRING, Types.DATE, Types.DATETIME, Types.TIME,
                Types.JSON, Types.VARIANT, Types.HLL, Types.BITMAP, Types.PERCENTILE);
        Set<Primitive> covered = EnumSet.noneOf(Primitive.class);
        for (DataType type : constants) {
            Primitive kind = ((PrimitiveType) type).kind();
            covered.add(kind);
            assertThat(type.toSql()).isEqualTo(kind.name());
            assertThat(TypeParser.parse(kind.name())).isEqualTo(type);
            assertThat(TypeParser.parse(kind.name().toLowerCase(java.util.Locale.ROOT))).isEqualTo(type);
            assertThat(type.isComplex()).isFalse();
        }
        assertThat(covered).as("a Types constant for every primitive").isEqualTo(EnumSet.allOf(Primitive.class));
        assertThat(Types.BINARY.toSql()).isEqualTo("BINARY");
        assertThat(Types.VARBINARY.toSql()).isEqualTo("VARBINARY");
    }

    @Test
    void parameterisedTypesRenderCanonically() {
        assertThat(Types.decimal(10, 2).toSql()).isEqualTo("DECIMAL(10, 2)");
        assertThat(new DecimalType(DecimalType.Spelling.DECIMAL64, 18, 4).toSql()).isEqualTo("DECIMAL64(18, 4)");
        assertThat(Types.charType(10).toSql()).isEqualTo("CHAR(10)");
        assertThat(Types.varchar(255).toSql()).isEqualTo("VARCHAR(255)");
        assertThat(Types.varbinary(16).toSql()).isEqualTo("VARBINARY(16)");
        assertThat(new BinaryType(false, 16).toSql()).isEqualTo("BINARY(16)");
        assertThat(Types.array(Types.array(Types.INT)).toSql()).isEqualTo("ARRAY<ARRAY<INT>>");
        assertThat(Types.map(Types.STRING, Types.map(Types.INT, Types.STRING)).toSql())
                .isEqualTo("MAP<STRING, MAP<INT, STRING>>");
        // python-client.md §8.2 item 9, the exact col-spec of the newest tests; we back-quote every field name
        DataType nested = Types.struct(Types.field("id", Types.BIGINT), Types.field("tags", Types.array(Types.STRING)),
                Types.field("props", Types.map(Types.varchar(5), Types.struct(Types.field("k", Types.charType(3)),
                        Types.field("v", Types.decimal(9, 3)), Types.field("extra", Types.array(Types.JSON))))));
        assertThat(nested.toSql()).isEqualTo(
                "STRUCT<`id` BIGINT, `tags` ARRAY<STRING>, `props` MAP<VARCHAR(5), STRUCT<`k` CHAR(3), `v` DECIMAL(9, 3), "
                        + "`extra` ARRAY<JSON>>>>");
        assertThat(nested.isComplex()).isTrue();
        assertThat(TypeParser.parse(nested.toSql())).isEqualTo(nested);
    }

    @Test
    void structFieldNamesThatNeedQuotingAreBackQuotedAndReadBack() {
        DataType struct = Types.struct(Types.field("a b", Types.varchar(50)), Types.field("c`d", Types.INT),
                Types.field("select", Types.DATE), Types.field("名前", Types.STRING), Types.field("x,y>z", Types.BOOLEAN));
        assertThat(struct.toSql()).isEqualTo(
                "STRUCT<`a b` VARCHAR(50), `c``d` INT, `select` DATE, `名前` STRING, `x,y>z` BOOLEAN>");
        assertThat(TypeParser.parse(struct.toSql())).isEqualTo(struct);
        // python-client.md §1.2: the server's reflected spelling, field names back-quoted and widths printed
        assertThat(TypeParser.parse("struct<`k` map<boolean,double>, `a b` varchar(50), `c``d` int(11)>")).isEqualTo(
                Types.struct(Types.field("k", Types.map(Types.BOOLEAN, Types.DOUBLE)),
                        Types.field("a b", Types.varchar(50)), Types.field("c`d", Types.INT)));
    }

    @Test
    void structFieldCommentsRenderAsEscapedLiterals() {
        DataType struct = new StructType(List.of(new StructType.Field("f", Types.INT, "it's \"x\"\n")));
        assertThat(struct.toSql()).isEqualTo("STRUCT<`f` INT COMMENT 'it\\'s \"x\"\\n'>");
        assertThat(TypeParser.parse(struct.toSql())).isEqualTo(struct);
    }

    @Test
    void structsNestToAnyDepth() {
        DataType type = Types.INT;
        for (int depth = 0; depth < 40; depth++) {
            type = switch (depth % 3) {
                case 0 -> Types.array(type);
                case 1 -> Types.map(Types.varchar(depth + 1), type);
                default -> Types.struct(Types.field("level" + depth, type), Types.field("n", Types.BIGINT));
            };
        }
        assertThat(TypeParser.parse(type.toSql())).isEqualTo(type);
        // python-client.md §8.2 item 9, the deep case
        DataType deep = Types.array(Types.map(Types.STRING, Types.struct(Types.field("level1", Types.array(
                Types.map(Types.INT, Types.struct(Types.field("level2", Types.STRING),
                        Types.field("level2_array", Types.array(Types.INT)))))))));
        assertThat(deep.toSql()).isEqualTo("ARRAY<MAP<STRING, STRUCT<`level1` ARRAY<MAP<INT, STRUCT<`level2` STRING, "
                + "`level2_array` ARRAY<INT>>>>>>>");
        assertThat(TypeParser.parse("ARRAY<MAP<STRING,STRUCT<level1 ARRAY<MAP<INTEGER,STRUCT<level2 STRING,"
                + "level2_array ARRAY<INTEGER>>>>>>>")).isEqualTo(deep);
    }

    @Test
    void varcharLengthIsBetweenOneAndWhatServersPrint() {
        assertThatCode(() -> Types.varchar(1)).doesNotThrowAnyException();
        assertThatCode(() -> Types.varchar(1_048_576)).doesNotThrowAnyException();
        // the documented maximum is 1048576, but servers print varchar(1073741824) (corpus show_create), so a model
        // read from a server must hold it
        assertThatCode(() -> Types.varchar(1_073_741_824)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Types.varchar(0)).isInstanceOf(InvalidTypeException.class)
                .hasMessage("VARCHAR(0): length must be 1..1073741824; use STRING for unbounded text");
        assertThatThrownBy(() -> Types.varchar(1_073_741_825)).isInstanceOf(InvalidTypeException.class)
                .hasMessageContaining("VARCHAR(1073741825): length must be 1..1073741824");
        assertThatThrownBy(() -> Types.varchar(-1)).isInstanceOf(InvalidTypeException.class);
    }

    @Test
    void charLengthIsOneTo255() {
        assertThatCode(() -> Types.charType(255)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Types.charType(256)).isInstanceOf(InvalidTypeException.class)
                .hasMessage("CHAR(256): length must be 1..255; use VARCHAR for longer text");
        assertThatThrownBy(() -> Types.charType(0)).isInstanceOf(InvalidTypeException.class);
        assertThat(TypeParser.parse("char")).isEqualTo(Types.charType(1));
    }

    @Test
    void binaryLengthIsOptionalAndBounded() {
        assertThat(TypeParser.parse("varbinary")).isEqualTo(Types.VARBINARY);
        assertThat(TypeParser.parse("binary(16)")).isEqualTo(new BinaryType(false, 16));
        assertThatThrownBy(() -> Types.varbinary(0)).isInstanceOf(InvalidTypeException.class)
                .hasMessageContaining("VARBINARY(0): length must be 1..");
    }

    @ParameterizedTest(name = "{0}({1}, {2}) is rejected")
    @CsvSource({
            "DECIMAL, 0, 0", "DECIMAL, 39, 0", "DECIMAL, 10, 11", "DECIMAL, 10, -1",
            "DECIMAL32, 10, 0", "DECIMAL64, 19, 0", "DECIMAL128, 39, 0", "DECIMAL256, 77, 0"})
    void decimalPrecisionAndScaleAreValidated(DecimalType.Spelling spelling, int precision, int scale) {
        assertThatThrownBy(() -> new DecimalType(spelling, precision, scale)).isInstanceOf(InvalidTypeException.class)
                .hasMessageStartingWith(spelling + "(" + precision + ", " + scale + "): ")
                .hasMessageMatching(".*(precision must be 1\\.\\.\\d+|scale must be 0\\.\\.precision).*");
    }

    @ParameterizedTest(name = "{0}({1}, {2}) is accepted")
    @CsvSource({
            "DECIMAL, 1, 0", "DECIMAL, 38, 38", "DECIMAL, 10, 10", "DECIMAL32, 9, 2", "DECIMAL64, 18, 18",
            "DECIMAL128, 38, 9", "DECIMAL256, 76, 10"})
    void decimalBoundsAreInclusive(DecimalType.Spelling spelling, int precision, int scale) {
        assertThatCode(() -> new DecimalType(spelling, precision, scale)).doesNotThrowAnyException();
    }

    @Test
    void decimalMessagesSayWhatToDo() {
        assertThatThrownBy(() -> Types.decimal(39, 2))
                .hasMessage("DECIMAL(39, 2): precision must be 1..38; use a precision in that range");
        assertThatThrownBy(() -> Types.decimal(5, 6))
                .hasMessage("DECIMAL(5, 6): scale must be 0..precision; lower the scale or raise the precision");
    }

    @Test
    void complexTypesAreChecked() {
        assertThatThrownBy(() -> Types.map(Types.array(Types.INT), Types.INT)).isInstanceOf(InvalidTypeException.class)
                .hasMessage("MAP<ARRAY<INT>, ...>: a map key must be a scalar type");
        assertThatThrownBy(Types::struct).isInstanceOf(InvalidTypeException.class)
                .hasMessage("STRUCT needs at least one field");
        assertThatThrownBy(() -> Types.struct(Types.field("a", Types.INT), Types.field("A", Types.INT)))
                .isInstanceOf(InvalidTypeException.class)
                .hasMessage("STRUCT has the field 'A' twice; field names must be unique");
        assertThatThrownBy(() -> Types.field("", Types.INT)).isInstanceOf(InvalidTypeException.class)
                .hasMessage("STRUCT field names must not be empty");
        assertThatThrownBy(() -> Types.array(null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "STRING | VARCHAR(65533)",
            "string | varchar(65533)",
            "INT(11) | INT",
            "int | INTEGER",
            "BIGINT(20) | BIGINT",
            "TINYINT(4) | TINYINT",
            "BOOLEAN | TINYINT(1)",
            "BOOL | tinyint(1)",
            "BIGINT UNSIGNED | LARGEINT",
            "bigint(20) unsigned | largeint",
            "DECIMAL32(9, 2) | DECIMAL(9, 2)",
            "decimal64(10, 0) | DECIMAL",
            "DECIMALV3(10, 2) | decimal128(10,2)",
            "DECIMAL(8) | DECIMAL(8, 0)",
            "ARRAY<VARCHAR(65533)> | ARRAY<STRING>",
            "MAP<STRING, ARRAY<INT(11)>> | map<varchar(65533),array<int>>",
            "STRUCT<a INT COMMENT 'x', b STRING> | struct<`a` int(11) COMMENT '', `b` varchar(65533) COMMENT ''>",
            "'  varchar  (  100  )  ' | VARCHAR(100)",
            "array < int > | ARRAY<INT>",
            // the live server prints BINARY/VARBINARY without a length as varbinary(1048576), BINARY(n) as varbinary(n)
            "BINARY | VARBINARY",
            "VARBINARY | varbinary(1048576)",
            "BINARY(16) | VARBINARY(16)",
            "ARRAY<DECIMALV2> | ARRAY<DECIMAL(9,0)>"})
    void theServersSpellingsAreEquivalent(String a, String b) {
        assertThat(Types.equivalent(columnType(a), columnType(b))).isTrue();
        assertThat(Types.equivalent(columnType(b), columnType(a))).isTrue();
        assertThat(Types.canonical(columnType(a))).isEqualTo(Types.canonical(columnType(b)));
    }

    /** Type text in any of the server's spellings, information_schema's included. */
    private static DataType columnType(String text) {
        return TypeParser.parseColumnType(text);
    }

    @ParameterizedTest(name = "{0} <> {1}")
    @CsvSource(delimiter = '|', value = {
            "STRING | VARCHAR(65532)",
            "VARCHAR(10) | CHAR(10)",
            "BOOLEAN | TINYINT",
            "TINYINT(4) | BOOLEAN",
            "BIGINT | LARGEINT",
            "INT | BIGINT",
            "DECIMAL(10, 2) | DECIMAL(10, 3)",
            "DECIMAL(10, 2) | DECIMAL(11, 2)",
            "DECIMAL256(10, 2) | DECIMAL(10, 2)",
            "FLOAT | DOUBLE",
            "DATE | DATETIME",
            "JSON | VARIANT",
            "VARBINARY(16) | VARBINARY",
            "DECIMALV2 | DECIMAL",
            "ARRAY<INT> | ARRAY<BIGINT>",
            "MAP<INT, STRING> | MAP<STRING, INT>",
            "STRUCT<a INT, b INT> | STRUCT<b INT, a INT>",
            "STRUCT<a INT> | STRUCT<b INT>"})
    void differentTypesAreNotEquivalent(String a, String b) {
        assertThat(Types.equivalent(columnType(a), columnType(b))).isFalse();
    }

    @Test
    void tinyintOneIsBooleanOnlyInInformationSchemaSpelling() {
        // in DDL, TINYINT(1) is a TINYINT with a display width; information_schema reports BOOLEAN as tinyint(1)
        // (servers print a TINYINT column as tinyint(4), corpus show_create)
        assertThat(TypeParser.parse("TINYINT(1)")).isEqualTo(Types.TINYINT);
        assertThat(TypeParser.parseColumnType("tinyint(1)")).isEqualTo(Types.BOOLEAN);
        assertThat(TypeParser.parseColumnType("tinyint(4)")).isEqualTo(Types.TINYINT);
    }

    @Test
    void canonicalFormIsTheOneTheDiffCompares() {
        assertThat(Types.canonical(Types.varchar(65533))).isEqualTo(Types.STRING);
        assertThat(Types.canonical(new DecimalType(DecimalType.Spelling.DECIMAL32, 9, 2))).isEqualTo(Types.decimal(9, 2));
        assertThat(Types.canonical(TypeParser.parse("struct<a varchar(65533) COMMENT 'c'>")))
                .isEqualTo(Types.struct(Types.field("a", Types.STRING)));
        assertThat(Types.canonical(Types.varchar(50))).isEqualTo(Types.varchar(50));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"array<int", "map<int,>", "struct<name int", "array<ARRAY>", "varchar(10, 5, 3)",
            "invalid_type", "INT UNSIGNED", "DATE(3)", "array<int> extra", "", "struct<>",
            "varchar(99999999999)", "struct<`open int>", "MAP<ARRAY<INT>, INT>", "DECIMAL(39, 40)", "CHAR(256)"})
    void malformedTypeTextIsRefusedSayingWhere(String text) {
        assertThatThrownBy(() -> TypeParser.parse(text)).isInstanceOf(SqlParseException.class)
                .hasMessageStartingWith("line 1, column ");
    }

    @Test
    void parseErrorsSayWhatIsWrongAndWhere() {
        assertThatThrownBy(() -> TypeParser.parse("ARRAY<INT"))
                .hasMessageStartingWith("line 1, column 10: expected '>' but found end of input");
        assertThatThrownBy(() -> TypeParser.parse("TEXTY")).hasMessageContaining("'TEXTY' is not a StarRocks type");
        assertThatThrownBy(() -> TypeParser.parseColumnType("int(10) unsigned"))
                .hasMessageContaining("StarRocks has no unsigned int");
        // parameter rules of the types themselves come through with the position of the type
        assertThatThrownBy(() -> TypeParser.parse("ARRAY<DECIMAL(5, 6)>")).hasMessageStartingWith("line 1, column 7: ")
                .hasMessageContaining("DECIMAL(5, 6): scale must be 0..precision");
    }

    @Test
    void lengthsAndPrecisionsTheServerDefaults() {
        assertThat(TypeParser.parse("VARCHAR")).isEqualTo(Types.varchar(1));
        assertThat(TypeParser.parse("CHAR")).isEqualTo(Types.charType(1));
        // corpus pairs/0098: `decimal` is printed back as decimal(10, 0)
        assertThat(TypeParser.parse("decimal")).isEqualTo(Types.decimal(10, 0));
        assertThat(TypeParser.parse("DECIMAL(8)")).isEqualTo(Types.decimal(8, 0));
    }

    @Test
    void informationSchemaSpellingsOfNestedTypesParse() {
        // python-client.md §8.2 item 16
        assertThat(TypeParser.parse("STRUCT<name VARCHAR(100), details MAP<VARCHAR(65533), "
                + "ARRAY<STRUCT<item_id INT(11), price DECIMAL(10, 2)>>>>")).isEqualTo(Types.struct(
                Types.field("name", Types.varchar(100)),
                Types.field("details", Types.map(Types.varchar(65533), Types.array(Types.struct(
                        Types.field("item_id", Types.INT), Types.field("price", Types.decimal(10, 2))))))));
        DataType withComments = TypeParser.parse("struct<headers array<struct<key varchar(65533) COMMENT '', "
                + "value varchar(65533) COMMENT ''>> COMMENT '', payload struct<event_id bigint COMMENT '', "
                + "labels map<string, string> COMMENT ''> COMMENT ''>");
        assertThat(Types.canonical(withComments)).isEqualTo(Types.struct(
                Types.field("headers", Types.array(Types.struct(Types.field("key", Types.STRING),
                        Types.field("value", Types.STRING)))),
                Types.field("payload", Types.struct(Types.field("event_id", Types.BIGINT),
                        Types.field("labels", Types.map(Types.STRING, Types.STRING))))));
        assertThat(TypeParser.parse("TIME")).isEqualTo(Types.TIME);
        assertThat(TypeParser.parse("variant")).isEqualTo(Types.VARIANT);
    }

    @Test
    void everyRandomTypeParsesBackFromItsCanonicalSpelling() {
        Random random = new Random(20240611L);
        for (int i = 0; i < 2000; i++) {
            DataType type = randomType(random, 4);
            assertThat(TypeParser.parse(type.toSql())).as(type.toSql()).isEqualTo(type);
            assertThat(Types.equivalent(type, Types.canonical(type))).isTrue();
        }
    }

    private static DataType randomType(Random random, int depth) {
        int choice = random.nextInt(depth > 0 ? 10 : 6);
        return switch (choice) {
            case 0, 1 -> {
                Primitive[] all = Primitive.values();
                yield new PrimitiveType(all[random.nextInt(all.length)]);
            }
            case 2 -> {
                int precision = 1 + random.nextInt(38);
                DecimalType.Spelling spelling = precision <= 9 && random.nextBoolean() ? DecimalType.Spelling.DECIMAL32
                        : DecimalType.Spelling.DECIMAL;
                yield new DecimalType(spelling, precision, random.nextInt(precision + 1));
            }
            case 3 -> new CharType(random.nextBoolean(), 1 + random.nextInt(255));
            case 4 -> Types.varchar(random.nextBoolean() ? CharType.STRING_LENGTH : 1 + random.nextInt(1_073_741_824));
            case 5 -> new BinaryType(random.nextBoolean(), random.nextBoolean() ? null : 1 + random.nextInt(1000));
            case 6, 7 -> Types.array(randomType(random, depth - 1));
            case 8 -> Types.map(scalar(random), randomType(random, depth - 1));
            default -> {
                int n = 1 + random.nextInt(3);
                List<StructType.Field> fields = new ArrayList<>();
                for (int f = 0; f < n; f++) {
                    fields.add(new StructType.Field(fieldName(random) + f, randomType(random, depth - 1),
                            random.nextInt(4) == 0 ? "c'" + f : null));
                }
                yield new StructType(fields);
            }
        };
    }

    private static DataType scalar(Random random) {
        DataType type;
        do {
            type = randomType(random, 0);
        } while (type.isComplex());
        return type;
    }

    private static String fieldName(Random random) {
        String alphabet = "ab_ `,<>()'\"é名";
        return random.ints(1 + random.nextInt(6), 0, alphabet.length())
                .mapToObj(i -> String.valueOf(alphabet.charAt(i))).collect(Collectors.joining());
    }
}
