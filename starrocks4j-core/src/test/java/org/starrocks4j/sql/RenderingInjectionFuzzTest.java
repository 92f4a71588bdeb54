package org.starrocks4j.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.starrocks4j.lexical.SqlLexer;
import org.starrocks4j.lexical.SqlToken;
import org.starrocks4j.operation.ColumnClause;
import org.starrocks4j.operation.ColumnPosition;
import org.starrocks4j.operation.MaterializedViewOperation;
import org.starrocks4j.operation.Operation;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.operation.ViewOperation;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Index;
import org.starrocks4j.schema.IndexType;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Refresh;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.View;
import org.starrocks4j.schema.ViewColumn;
import org.starrocks4j.schema.ViewSecurity;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.StructType;
import org.starrocks4j.types.Types;

/**
 * No name, comment or property value can change the meaning of a rendered statement. Each scenario builds the same
 * statements twice: once with every name and literal replaced by a harmless placeholder, once with random text
 * full of back-quotes, quotes, backslashes, semicolons, comment markers, control characters and unicode. Both are
 * tokenised with {@link SqlLexer}; the token streams must have the same shape, with every placeholder's token
 * holding exactly the random text it stands for: the inputs come back as the identifiers and literals, nothing
 * more (no extra keyword, no {@code ;}, no comment) and nothing less.
 */
class RenderingInjectionFuzzTest {

    private static final int SEEDS = 150;

    /** The pieces random texts are made of: everything that could end a quote, a statement or open a comment. */
    private static final String[] PIECES = {"`", "``", "'", "''", "\"", "\"\"", "\\", "\\'", "\\\"", "\\`", ";", "--",
            "-- x\n", "/*", "*/", "#", "\n", "\r", "\r\n", "\t", "\0", "\u001A", " ", "é", "名前", "😀", "\u2028",
            "\uFEFF", "a", "Z", "_", "0", "$", "(", ")", ",", "=", ".", "DROP TABLE t", "') ;", "\");", "`);",
            "${x}", "%s", "\\n", "\\0", "\\%", "\\_", "N'x'", "0x1F", "*", "<", ">"};

    private static final Pattern PLACEHOLDER = Pattern.compile("ph(\\d+)x");

    /** Where a scenario's names and literals come from: random text, or placeholders that stand for it. */
    static final class Texts {
        private final Random random;
        private final boolean placeholders;
        private final List<String> issued = new ArrayList<>();

        Texts(long seed, boolean placeholders) {
            this.random = new Random(seed ^ 0x5DEECE66DL);
            this.placeholders = placeholders;
        }

        /** A name: never empty, and distinct from every other name issued (object and column names must be). */
        String name() {
            String junk = junk(1);
            return issue(junk + "#" + issued.size());
        }

        /** A literal: any text, the empty string included. */
        String literal() {
            return issue(junk(0));
        }

        private String junk(int minPieces) {
            StringBuilder out = new StringBuilder();
            int pieces = minPieces + random.nextInt(6);
            for (int i = 0; i < pieces; i++) {
                out.append(PIECES[random.nextInt(PIECES.length)]);
            }
            return out.toString();
        }

        private String issue(String text) {
            String value = placeholders ? "ph" + issued.size() + "x" : text;
            issued.add(text);
            return value;
        }
    }

    /** A family of statements built from {@link Texts}; the structure may depend on the seed, never on the texts. */
    interface Scenario extends Function<Texts, List<Operation>> {
    }

    static List<Object[]> scenarios() {
        Map<String, Scenario> all = new LinkedHashMap<>();
        all.put("CREATE TABLE", RenderingInjectionFuzzTest::createTable);
        all.put("CREATE VIEW", RenderingInjectionFuzzTest::createView);
        all.put("CREATE MATERIALIZED VIEW", RenderingInjectionFuzzTest::createMaterializedView);
        all.put("ALTER TABLE", RenderingInjectionFuzzTest::alterTable);
        all.put("ALTER VIEW and MATERIALIZED VIEW, DROP", RenderingInjectionFuzzTest::alterViews);
        List<Object[]> out = new ArrayList<>();
        all.forEach((name, scenario) -> out.add(new Object[] {name, scenario}));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyNameAndLiteralComesBackAsExactlyOneToken(String name, Scenario scenario) {
        DdlRenderer renderer = DdlRenderer.defaults();
        for (long seed = 0; seed < SEEDS; seed++) {
            Texts fuzz = new Texts(seed, false);
            Texts safe = new Texts(seed, true);
            List<String> fuzzed = renderer.renderAll(scenario.apply(fuzz));
            List<String> placeholders = renderer.renderAll(scenario.apply(safe));
            assertThat(fuzz.issued).isEqualTo(safe.issued);
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < fuzzed.size(); i++) {
                sameShape(fuzzed.get(i), placeholders.get(i), fuzz.issued, seen);
            }
            assertThat(seen).as("every random text appears in the SQL (seed %d)", seed).hasSize(fuzz.issued.size());
        }
    }

    private static void sameShape(String fuzzed, String placeholders, List<String> texts, Set<Integer> seen) {
        List<SqlToken> actual = SqlLexer.tokenize(fuzzed);
        List<SqlToken> shape = SqlLexer.tokenize(placeholders);
        assertThat(actual).as("tokens of\n%s\nshaped like\n%s", fuzzed, placeholders).hasSameSizeAs(shape);
        for (int k = 0; k < shape.size(); k++) {
            SqlToken want = shape.get(k);
            SqlToken got = actual.get(k);
            assertThat(got.kind()).as("kind of token %d of\n%s", k, fuzzed).isEqualTo(want.kind());
            Matcher placeholder = PLACEHOLDER.matcher(want.value());
            boolean quoted = want.kind() == SqlToken.Kind.QUOTED_IDENTIFIER || want.kind() == SqlToken.Kind.STRING;
            if (quoted && placeholder.matches()) {
                int index = Integer.parseInt(placeholder.group(1));
                seen.add(index);
                assertThat(got.value()).as("token %d of\n%s", k, fuzzed).isEqualTo(texts.get(index));
            } else {
                assertThat(got.text()).as("token %d of\n%s", k, fuzzed).isEqualTo(want.text());
            }
        }
    }

    // ---- scenarios ---------------------------------------------------------------------------------------------

    private static Random structure(Texts texts) {
        return new Random(texts.random.nextLong());
    }

    private static List<Operation> createTable(Texts t) {
        Random shape = structure(t);
        String key = t.name();
        Table.Builder b = Table.builder(ObjectName.of(t.name(), t.name()))
                .column(key, Types.varchar(100), c -> c.notNull().comment(t.literal()));
        List<String> columns = new ArrayList<>();
        int n = 1 + shape.nextInt(4);
        for (int i = 0; i < n; i++) {
            String column = t.name();
            columns.add(column);
            switch (shape.nextInt(4)) {
                case 0 -> b.column(column, Types.varchar(50), c -> c.defaultValue(t.literal()).comment(t.literal()));
                case 1 -> b.column(column, struct(t, shape), c -> c.comment(t.literal()));
                case 2 -> b.column(column, Types.array(struct(t, shape)));
                default -> b.column(column, Types.INT, c -> c.nullable().comment(t.literal()));
            }
        }
        b.index(new Index(t.name(), List.of(key), IndexType.BITMAP, properties(t, shape), t.literal()));
        List<PartitionDefinition> partitions = new ArrayList<>();
        // partition names are plain identifiers (validation refuses anything else, as the server does), and a LIST
        // value belongs to one partition, so the values are distinct names
        for (int i = 0, p = 1 + shape.nextInt(3); i < p; i++) {
            partitions.add(new PartitionDefinition.In("p" + i, List.of(List.of(t.name()), List.of(t.name())),
                    properties(t, shape)));
        }
        return List.of(new TableOperation.CreateTable(b.duplicateKey(key).comment(t.literal())
                .partitionBy(Partitioning.list(List.of(org.starrocks4j.schema.PartitionExpression.column(key)), partitions))
                .distributedBy(Distribution.hash(4, key)).orderBy(key).properties(properties(t, shape)).build(),
                shape.nextBoolean()));
    }

    private static DataType struct(Texts t, Random shape) {
        List<StructType.Field> fields = new ArrayList<>();
        for (int i = 0, n = 1 + shape.nextInt(3); i < n; i++) {
            fields.add(new StructType.Field(t.name(), shape.nextBoolean() ? Types.STRING : Types.map(Types.INT, Types.DATE),
                    shape.nextBoolean() ? t.literal() : null));
        }
        return new StructType(fields);
    }

    /** Random keys (distinct, so none replaces another) with random values. */
    private static Map<String, String> properties(Texts t, Random shape) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0, n = shape.nextInt(3); i < n; i++) {
            out.put(t.name(), t.literal());
        }
        return out;
    }

    private static List<ViewColumn> viewColumns(Texts t, Random shape) {
        List<ViewColumn> out = new ArrayList<>();
        for (int i = 0, n = shape.nextInt(4); i < n; i++) {
            out.add(new ViewColumn(t.name(), shape.nextBoolean() ? t.literal() : null));
        }
        return out;
    }

    private static List<Operation> createView(Texts t) {
        Random shape = structure(t);
        View view = View.builder(ObjectName.of(t.name(), t.name())).columns(viewColumns(t, shape))
                .comment(t.literal()).security(ViewSecurity.INVOKER).as("SELECT 1").build();
        return List.of(new ViewOperation.CreateView(view, shape.nextBoolean(), false));
    }

    private static List<Operation> createMaterializedView(Texts t) {
        Random shape = structure(t);
        MaterializedView mv = MaterializedView.builder(ObjectName.of(t.name(), t.name())).columns(viewColumns(t, shape))
                .comment(t.literal()).distributedBy(Distribution.hash(2, t.name())).orderBy(t.name())
                .refresh(Refresh.asyncEvery(1, "HOUR").startingAt(t.literal()))
                .properties(properties(t, shape)).as("SELECT 1").build();
        return List.of(new MaterializedViewOperation.CreateMaterializedView(mv, shape.nextBoolean()));
    }

    private static List<Operation> alterTable(Texts t) {
        Random shape = structure(t);
        ObjectName table = new ObjectName(t.name(), t.name(), t.name());
        List<Operation> out = new ArrayList<>();
        out.add(new TableOperation.SetProperty(table, t.name(), t.literal()));
        out.add(new TableOperation.SetComment(table, t.literal()));
        out.add(new TableOperation.AlterColumns(table, List.of(
                new ColumnClause.Add(Column.builder(t.name(), struct(t, shape)).comment(t.literal()).build(),
                        ColumnPosition.after(t.name())),
                new ColumnClause.Modify(Column.builder(t.name(), Types.varchar(20)).defaultValue(t.literal()).build(), null),
                new ColumnClause.Drop(t.name()),
                new ColumnClause.Rename(t.name(), t.name()))));
        out.add(new TableOperation.AddPartition(table, new PartitionDefinition.In(t.name(), List.of(List.of(t.literal())),
                properties(t, shape)), shape.nextBoolean()));
        out.add(new TableOperation.AddPartition(table, PartitionDefinition.lessThan(t.name(), t.literal()), false));
        out.add(new TableOperation.AddPartition(table, new PartitionDefinition.Fixed(t.name(),
                List.of(t.literal(), t.literal()), List.of(t.literal(), t.literal()), properties(t, shape)), false));
        out.add(new TableOperation.AddPartition(table, PartitionDefinition.batch(t.literal(), t.literal(),
                "INTERVAL 1 DAY"), false));
        out.add(new TableOperation.DropPartition(table, t.name(), shape.nextBoolean(), shape.nextBoolean()));
        out.add(new TableOperation.CreateIndex(table, new Index(t.name(), List.of(t.name(), t.name()), IndexType.NGRAMBF,
                properties(t, shape), t.literal())));
        out.add(new TableOperation.DropIndex(table, t.name()));
        out.add(new TableOperation.SetDistribution(table, Distribution.hash(3, t.name(), t.name())));
        out.add(new TableOperation.SetOrderBy(table, List.of(t.name(), t.name())));
        out.add(new TableOperation.Rename(table, t.name()));
        out.add(new TableOperation.SwapWith(table, t.name()));
        out.add(new TableOperation.CopyRows(ObjectName.of(t.name()), table, List.of(t.name(), t.name())));
        out.add(new TableOperation.DropTable(table, shape.nextBoolean(), shape.nextBoolean()));
        return out;
    }

    private static List<Operation> alterViews(Texts t) {
        Random shape = structure(t);
        ObjectName view = ObjectName.of(t.name(), t.name());
        ObjectName mv = ObjectName.of(t.name());
        List<ViewColumn> columns = viewColumns(t, shape);
        Map<String, String> properties = new LinkedHashMap<>(Map.of(t.name(), t.literal()));
        properties.putAll(properties(t, shape));
        return List.of(
                new ViewOperation.AlterView(view, columns, "SELECT 2"),
                new ViewOperation.DropView(view, shape.nextBoolean()),
                new MaterializedViewOperation.SetProperties(mv, properties),
                new MaterializedViewOperation.SetRefresh(mv, Refresh.asyncEvery(2, "DAY").deferred().startingAt(t.literal())),
                new MaterializedViewOperation.Rename(mv, t.name()),
                new MaterializedViewOperation.DropMaterializedView(mv, shape.nextBoolean()));
    }
}
