package org.starrocks4j.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.starrocks4j.codegen.RandomModels;
import org.starrocks4j.diff.DiffOptions;
import org.starrocks4j.diff.DiffResult;
import org.starrocks4j.diff.SchemaDiff;
import org.starrocks4j.lexical.SqlParseException;
import org.starrocks4j.lexical.VerbatimSql;
import org.starrocks4j.operation.ColumnClause;
import org.starrocks4j.operation.ColumnPosition;
import org.starrocks4j.operation.MaterializedViewOperation;
import org.starrocks4j.operation.Operation;
import org.starrocks4j.operation.SchemaReplay;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.operation.ViewOperation;
import org.starrocks4j.rules.ServerVersion;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Index;
import org.starrocks4j.schema.IndexType;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.Refresh;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.schema.SyncMaterializedView;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.View;
import org.starrocks4j.schema.ViewColumn;
import org.starrocks4j.types.Types;

/** What {@link DdlRenderer} writes, {@link DdlParser} reads back as the same model or operation. */
class ParserRoundTripTest {

    private static final DdlRenderer RENDERER = DdlRenderer.defaults();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void randomModelsReadBackEqual(long seed) {
        Schema schema = new RandomModels(seed).schema(25);
        List<String> statements = new ArrayList<>();
        for (SchemaObject object : schema.objects()) {
            String sql = RENDERER.create(object);
            statements.addAll(RENDERER.createStatements(object));
            SchemaObject created = object instanceof Table t ? t.toBuilder().syncMaterializedViews(List.of())
                    .buildUnchecked() : (SchemaObject) rendered(object);
            assertThat(DdlParser.parseObject(sql, DdlParser.Validation.VALIDATE)).as(sql).isEqualTo(created);
        }
        // the same statements as one script, split at the semicolons: tables get their synchronous MVs back
        List<Operation> all = DdlParser.parse(String.join(";\n", statements) + ";\n");
        assertThat(SchemaReplay.apply(Schema.empty(), all).objects())
                .isEqualTo(schema.objects().stream().map(ParserRoundTripTest::rendered).toList());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void everyStatementOfARandomDiffReadsBackEqual(long seed) {
        Schema from = new RandomModels(seed).schema(12);
        Schema to = new RandomModels(seed + 1000).schema(12);
        DiffResult diff = SchemaDiff.between(from, to, DiffOptions.defaults().allowRebuild());
        List<Operation> operations = new ArrayList<>(diff.upgrade());
        operations.addAll(diff.downgrade());
        for (Operation operation : operations) {
            String sql = RENDERER.render(operation);
            assertThat(DdlParser.parseStatement(sql)).as(sql).isEqualTo(rendered(operation));
        }
    }

    @Test
    void everyKindOfAlterReadsBackEqual() {
        ObjectName t = new ObjectName("cat", "d`b", "t a");
        Column column = Column.builder("new col", Types.array(Types.decimal(10, 2)))
                .nullable().defaultExpression("[]").comment("it's").build();
        List<Operation> operations = List.of(
                new TableOperation.AlterColumns(t, List.of(new ColumnClause.Add(column, ColumnPosition.after("a`b")))),
                new TableOperation.AlterColumns(t, List.of(
                        new ColumnClause.Add(column, null),
                        new ColumnClause.Modify(Column.builder("x", Types.STRING).notNull().build(), ColumnPosition.atFirst()),
                        new ColumnClause.Drop("first"),
                        new ColumnClause.Rename("after", "to"))),
                new TableOperation.SetProperty(t, "replication_num", "3"),
                new TableOperation.SetComment(t, "two\nlines \"quoted\""),
                new TableOperation.SetComment(t, ""),
                new TableOperation.SetDistribution(t, Distribution.hash(8, "a", "b")),
                new TableOperation.SetDistribution(t, Distribution.random()),
                new TableOperation.SetOrderBy(t, List.of("b", "a")),
                new TableOperation.AddPartition(t, PartitionDefinition.lessThan("p1", "2024-01-01"), true),
                new TableOperation.AddPartition(t, PartitionDefinition.maxValue("pmax"), false),
                new TableOperation.AddPartition(t, new PartitionDefinition.Fixed("p2", List.of("1", "a"), List.of("2", "b"),
                        Map.of("storage_medium", "SSD")), false),
                new TableOperation.AddPartition(t, new PartitionDefinition.In("p3", List.of(List.of("x", "1"), List.of("y", "2")),
                        Map.of()), false),
                new TableOperation.AddPartition(t, PartitionDefinition.in("p4", "a", "b"), false),
                new TableOperation.AddPartition(t, PartitionDefinition.batch("2024-01-01", "2024-02-01", "INTERVAL 1 DAY"), false),
                new TableOperation.DropPartition(t, "p1", true, true),
                new TableOperation.DropPartition(t, "p2", false, false),
                new TableOperation.CreateIndex(t, new Index("i", List.of("c"), IndexType.NGRAMBF,
                        Map.of("gram_num", "4", "bloom_filter_fpp", "0.05"), "ngram")),
                new TableOperation.CreateIndex(t, Index.of("j", IndexType.BITMAP, "c")),
                new TableOperation.DropIndex(t, "i"),
                new TableOperation.Rename(t, "t2"),
                new TableOperation.SwapWith(t, "other"),
                new TableOperation.CopyRows(t, ObjectName.of("db", "src"), List.of("a", "b c")),
                new TableOperation.CopyRows(t, ObjectName.of("src"), List.of()),
                new TableOperation.DropTable(t, true, true),
                new ViewOperation.AlterView(t, List.of(new ViewColumn("a", "c"), ViewColumn.of("b")), "SELECT 1 AS a, 2 AS b"),
                new ViewOperation.AlterView(t, List.of(), "select * from x -- trailing comment"),
                new ViewOperation.DropView(t, false),
                new MaterializedViewOperation.SetRefresh(t, Refresh.manual()),
                new MaterializedViewOperation.SetRefresh(t, Refresh.asyncEvery(5, "minute").startingAt("2024-01-01 00:00:00").deferred()),
                new MaterializedViewOperation.SetProperties(t, Map.of("session.query_timeout", "3600")),
                new MaterializedViewOperation.Rename(t, "mv2"),
                new MaterializedViewOperation.SetActive(t, true),
                new MaterializedViewOperation.SetActive(t, false),
                new MaterializedViewOperation.DropMaterializedView(t, true));
        for (Operation operation : operations) {
            String sql = RENDERER.render(operation);
            assertThat(DdlParser.parseStatement(sql)).as(sql).isEqualTo(operation);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void truncatedStatementsFailOnlyWithLocatedErrors(long seed) {
        for (SchemaObject object : new RandomModels(seed).schema(10).objects()) {
            String sql = RENDERER.create(object);
            for (int end = 0; end < sql.length(); end += 3) {
                String cut = sql.substring(0, end);
                try {
                    DdlParser.parse(cut);
                } catch (SqlParseException | org.starrocks4j.schema.InvalidModelException expected) {
                    // a truncated statement may fail, but only by saying where and why
                } catch (RuntimeException e) {
                    throw new AssertionError("unexpected " + e + " for:\n" + cut, e);
                }
            }
        }
    }

    @Test
    void newerRefreshSpellingsReadBackAsAsync() {
        DdlRenderer newer = new DdlRenderer(RenderOptions.forServer(ServerVersion.of(26, 2, 0)));
        MaterializedViewOperation.SetRefresh op = new MaterializedViewOperation.SetRefresh(ObjectName.of("mv"),
                Refresh.async().deferred());
        String sql = newer.render(op);
        assertThat(sql).contains("ON_CHANGE");
        assertThat(DdlParser.parseStatement(sql)).isEqualTo(op);
    }

    /** The model as it reads back: the renderer strips a query's surrounding whitespace. */
    private static Object rendered(Object value) {
        if (value instanceof Table t) {
            return t.toBuilder().syncMaterializedViews(t.syncMaterializedViews().stream()
                    .map(v -> (SyncMaterializedView) rendered(v)).toList()).buildUnchecked();
        }
        if (value instanceof SyncMaterializedView v) {
            // written on one line: comments dropped, whitespace runs as one space
            return new SyncMaterializedView(v.name(), VerbatimSql.oneLine(v.definition()), v.properties());
        }
        if (value instanceof TableOperation.CreateSyncMaterializedView op) {
            return new TableOperation.CreateSyncMaterializedView(op.target(),
                    (SyncMaterializedView) rendered(op.view()));
        }
        if (value instanceof TableOperation.DropSyncMaterializedView op) {
            // the statement names the view only; replay finds its table
            return new MaterializedViewOperation.DropMaterializedView(op.viewName(), false);
        }
        if (value instanceof View v) {
            return v.toBuilder().as(v.definition().strip()).build();
        }
        if (value instanceof MaterializedView mv) {
            // stating neither REFRESH nor DISTRIBUTED BY would make it synchronous: the server's refresh is written
            Refresh refresh = mv.refresh() == null && mv.distribution() == null ? mv.effectiveRefresh() : mv.refresh();
            return mv.toBuilder().refresh(refresh).as(mv.definition().strip()).build();
        }
        if (value instanceof TableOperation.CreateTable op) {
            return op;
        }
        if (value instanceof ViewOperation.CreateView op) {
            return new ViewOperation.CreateView((View) rendered(op.view()), op.orReplace(), op.ifNotExists());
        }
        if (value instanceof ViewOperation.AlterView op) {
            return new ViewOperation.AlterView(op.target(), op.columns(), op.definition().strip());
        }
        if (value instanceof MaterializedViewOperation.CreateMaterializedView op) {
            return new MaterializedViewOperation.CreateMaterializedView((MaterializedView) rendered(op.view()),
                    op.ifNotExists());
        }
        return value;
    }

}
