package org.starrocks4j.benchmarks;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.starrocks4j.codegen.CodegenStyle;
import org.starrocks4j.codegen.JavaCodegen;
import org.starrocks4j.diff.SchemaDiff;
import org.starrocks4j.migrate.MigrationHistory;
import org.starrocks4j.migrate.RevisionGraph;
import org.starrocks4j.operation.SchemaReplay.ObjectRules;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.sql.DdlParser;
import org.starrocks4j.sql.DdlRenderer;
import org.starrocks4j.sql.SqlSchemaReader;

/**
 * One measured operation of the pipeline. {@link #prepare} does the set-up that is not measured (building the
 * input) and returns the work that is.
 *
 * @param name    short name used in the report and in {@code --only}
 * @param what    what one run does
 * @param prepare from a synthetic schema to the measured work
 */
public record Workload(String name, String what, Function<Schema, Supplier<?>> prepare) {

    /** CREATE statements of every table, view and materialized view. */
    public static Workload render() {
        DdlRenderer renderer = DdlRenderer.defaults();
        return new Workload("render", "CREATE statement of every object", schema -> () -> {
            StringBuilder out = new StringBuilder();
            for (SchemaObject object : schema.objects()) {
                out.append(renderer.create(object)).append(";\n");
            }
            return out;
        });
    }

    /** The diff between the schema and its edited copy, with the upgrade operations rendered as SQL. */
    public static Workload diff() {
        DdlRenderer renderer = DdlRenderer.defaults();
        return new Workload("diff", "diff against an edited copy, upgrade rendered as SQL", schema -> {
            Schema edited = SyntheticSchema.edited(schema);
            return () -> renderer.renderAll(SchemaDiff.between(schema, edited).upgrade());
        });
    }

    /** Annotated Java model classes for every object. */
    public static Workload codegen() {
        return new Workload("codegen", "annotated Java model classes for every object",
                schema -> () -> JavaCodegen.generate(schema, "com.example.model", CodegenStyle.ANNOTATIONS));
    }

    /** Parsing the CREATE statements of every object back into models (one script, as a SQL file source reads it). */
    public static Workload parse() {
        return new Workload("parse", "CREATE statements of every object parsed back into models", schema -> {
            String sql = script(schema);
            return () -> DdlParser.parse(sql);
        });
    }

    /**
     * Reading the CREATE statements of every object as a {@code sql:} source does: parsed a statement at a time,
     * replayed, and checked against StarRocks' rules.
     */
    public static Workload read() {
        return new Workload("read", "CREATE statements of every object read as a sql: source (parse, replay, rules)",
                schema -> {
                    String sql = script(schema);
                    return () -> {
                        SqlSchemaReader reader = SqlSchemaReader.startingFrom(Schema.empty(),
                                SqlSchemaReader.Options.defaults().withObjectRules(ObjectRules.VALIDATE));
                        reader.read(sql, "synthetic.sql");
                        return reader.schema();
                    };
                });
    }

    /**
     * Replaying a migration history of one revision per table ({@link SyntheticHistory}), as {@code check --offline}
     * and an offline autogenerate do: every upgrade statement parsed and applied in graph order.
     */
    public static Workload history() {
        return new Workload("history", "migration history of one revision per table replayed", schema -> {
            RevisionGraph graph = new RevisionGraph(SyntheticHistory.of(schema));
            Set<String> all = graph.appliedAt("heads");
            return () -> MigrationHistory.replay(graph, all);
        });
    }

    /** Every workload, in report order. */
    public static List<Workload> all() {
        return List.of(render(), parse(), read(), diff(), codegen(), history());
    }

    /** The CREATE statements of every object, as one script. */
    static String script(Schema schema) {
        DdlRenderer renderer = DdlRenderer.defaults();
        StringBuilder script = new StringBuilder();
        for (SchemaObject object : schema.objects()) {
            script.append(renderer.create(object)).append(";\n\n");
        }
        return script.toString();
    }
}
