package org.starrocks4j.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
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
import org.starrocks4j.schema.PartitionExpression;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Refresh;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.View;
import org.starrocks4j.schema.ViewColumn;
import org.starrocks4j.types.StructType;
import org.starrocks4j.types.Types;

/**
 * Whatever text goes into names, comments, string literals and property values, the rendered DDL reads back as the
 * same model. The texts are drawn, from a fixed seed (so a failure reproduces), out of pieces that break naive
 * quoting: quotes of every kind, backslashes and escape-like sequences, back-quotes, line breaks, comment markers,
 * semicolons, non-ASCII letters, emoji (outside the BMP) and invisible characters. Where
 * {@link RenderingInjectionFuzzTest} proves no text changes the shape of a statement, this proves none is changed
 * on its way through SQL.
 */
class RenderParseFuzzTest {

    private static final long SEED = 20_261_207L;
    private static final int ROUNDS = 400;

    private static final String[] PIECES = {"'", "''", "\"", "\"\"", "`", "``", "\\", "\\\\", "\\'", "\\\"", "\\`",
            "\\n", "\\t", "\\0", "\\%", "\\_", "\\u0041", "\n", "\r\n", "\r", "\t", " ", "  ", ";", "--", "-- x\n",
            "/*", "*/", "#", "$", "${x}", "%s", "(", ")", ",", "=", ".", "é", "Ünïcödé", "名前", "ß", "😀", "👩‍💻",
            "\u00A0", "\u200B", "\u2028", "\uFEFF", "a", "Z", "_", "0", "9", "NULL", "null", "DEFAULT", "SELECT"};

    private final DdlRenderer renderer = DdlRenderer.defaults();

    @Test
    void everyRenderedObjectParsesBackToTheSameModel() {
        Random random = new Random(SEED);
        int statements = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Texts texts = new Texts(random);
            for (SchemaObject object : List.of(table(texts, random), view(texts, random),
                    materializedView(texts, random))) {
                String sql = renderer.create(object);
                SchemaObject back = DdlParser.parseObject(sql, DdlParser.Validation.UNCHECKED);
                assertThat(back).as("round %d of seed %d:%n%s", round, SEED, sql).isEqualTo(object);
                statements++;
            }
        }
        assertThat(statements).isEqualTo(3 * ROUNDS);
    }

    @Test
    void everyRenderedAlterParsesBackToTheSameOperation() {
        Random random = new Random(SEED + 1);
        for (int round = 0; round < ROUNDS; round++) {
            Texts t = new Texts(random);
            ObjectName table = ObjectName.of(t.name(), t.name());
            List<Operation> operations = List.of(
                    new TableOperation.SetComment(table, t.text()),
                    new TableOperation.SetProperty(table, t.name(), t.text()),
                    new TableOperation.AlterColumns(table, List.of(
                            new ColumnClause.Add(Column.builder(t.name(), Types.varchar(10)).defaultValue(t.text())
                                    .comment(t.maybe()).build(), ColumnPosition.after(t.name())),
                            new ColumnClause.Modify(Column.builder(t.name(), Types.STRING).comment(t.text()).build(),
                                    null),
                            new ColumnClause.Rename(t.name(), t.name()),
                            new ColumnClause.Drop(t.name()))),
                    new TableOperation.AddPartition(table, new PartitionDefinition.In("p_" + round,
                            List.of(List.of(t.text())), t.properties()), random.nextBoolean()),
                    new TableOperation.CreateIndex(table, new Index(t.name(), List.of(t.name()), IndexType.BITMAP,
                            Map.of(), t.maybe())),
                    new TableOperation.Rename(table, t.name()),
                    new ViewOperation.AlterView(table, List.of(new ViewColumn(t.name(), t.maybe())), "SELECT 2"),
                    new MaterializedViewOperation.SetProperties(table, Map.of(t.name(), t.text())));
            for (Operation operation : operations) {
                String sql = renderer.render(operation);
                assertThat(DdlParser.parseStatement(sql, DdlParser.Validation.UNCHECKED))
                        .as("round %d of seed %d:%n%s", round, SEED + 1, sql).isEqualTo(operation);
            }
        }
    }

    /** Random texts; names are never empty and never repeat, so objects and columns stay distinct. */
    private static final class Texts {
        private final Random random;
        private final Set<String> names = new HashSet<>();

        Texts(Random random) {
            this.random = random;
        }

        String text() {
            StringBuilder out = new StringBuilder();
            for (int i = 0, n = random.nextInt(7); i < n; i++) {
                out.append(PIECES[random.nextInt(PIECES.length)]);
            }
            return out.toString();
        }

        String name() {
            String name;
            do {
                name = text() + PIECES[random.nextInt(PIECES.length)];
            } while (!names.add(name.toLowerCase(Locale.ROOT)));
            return name;
        }

        /** A text, or sometimes none. */
        String maybe() {
            return random.nextInt(4) == 0 ? null : text();
        }

        Map<String, String> properties() {
            Map<String, String> out = new LinkedHashMap<>();
            for (int i = 0, n = random.nextInt(4); i < n; i++) {
                out.put(name(), text());
            }
            return out;
        }
    }

    private static Table table(Texts t, Random random) {
        String key = t.name();
        String text = t.name();
        String nested = t.name();
        Table.Builder b = Table.builder(random.nextBoolean() ? ObjectName.of(t.name()) : ObjectName.of(t.name(), t.name()))
                .column(key, Types.varchar(64), c -> c.notNull().comment(t.maybe()))
                .column(text, Types.varchar(200), c -> c.defaultValue(t.text()).comment(t.maybe()))
                .column(nested, Types.array(new StructType(List.of(
                        new StructType.Field(t.name(), Types.STRING, t.maybe()),
                        new StructType.Field(t.name(), Types.map(Types.INT, Types.STRING), null)))),
                        c -> c.comment(t.maybe()))
                .column(t.name(), Types.INT, c -> c.nullable().comment(t.text()))
                .index(new Index(t.name(), List.of(text), IndexType.NGRAMBF, t.properties(), t.maybe()))
                .duplicateKey(key)
                .comment(t.maybe())
                .distributedBy(Distribution.hash(1 + random.nextInt(8), key))
                .properties(t.properties());
        List<PartitionDefinition> partitions = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            // partition names are plain identifiers (StarRocks refuses any other); their values are free text, each
            // in one partition only
            partitions.add(new PartitionDefinition.In("p" + i, List.of(List.of(t.name()), List.of(t.name())),
                    t.properties()));
        }
        return b.partitionBy(new Partitioning.ListPartitioning(List.of(PartitionExpression.column(key)), partitions))
                .buildUnchecked();
    }

    private static View view(Texts t, Random random) {
        List<ViewColumn> columns = new ArrayList<>();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            columns.add(new ViewColumn(t.name(), t.maybe()));
        }
        return View.builder(ObjectName.of(t.name(), t.name())).columns(columns).comment(t.maybe()).as("SELECT 1")
                .build();
    }

    private static MaterializedView materializedView(Texts t, Random random) {
        String column = t.name();
        return MaterializedView.builder(ObjectName.of(t.name())).columns(List.of(new ViewColumn(column, t.maybe())))
                .comment(t.maybe()).distributedBy(Distribution.hash(1 + random.nextInt(4), column))
                .refresh(Refresh.asyncEvery(1 + random.nextInt(24), "HOUR").startingAt(t.text()))
                .properties(t.properties()).as("SELECT 1").build();
    }
}
