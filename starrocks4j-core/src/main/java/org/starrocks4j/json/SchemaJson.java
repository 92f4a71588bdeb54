package org.starrocks4j.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.ColumnDefault;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Index;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.PartitionExpression;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Refresh;
import org.starrocks4j.schema.Rollup;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.schema.SyncMaterializedView;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.View;
import org.starrocks4j.schema.ViewColumn;

/**
 * A {@link Schema} as JSON, for tools ({@code inspect --format json}). The shape is stable and every attribute of
 * the model is present, {@code null} or empty when unset, in this order:
 *
 * <pre>
 * {"objects": [
 *   {"kind": "table", "name": {"catalog", "database", "name"},
 *    "columns": [{"name", "type" (DDL spelling), "aggregate", "nullable" (true / false / null = unstated),
 *                 "default" ({"kind": "literal", "value"} | {"kind": "current_timestamp"} |
 *                            {"kind": "expression", "sql"} | null),
 *                 "auto_increment", "generated_as", "comment", "renamed_from"}],
 *    "key": {"type": "DUPLICATE" | "AGGREGATE" | "UNIQUE" | "PRIMARY", "columns"} | null,
 *    "comment", "engine",
 *    "partitioning": {"kind": "range" | "list" | "expression", "keys": [{"column"} | {"expression"}],
 *                     "partitions": [{"kind": "less_than", "name", "values", "properties"} |
 *                                    {"kind": "fixed", "name", "lower", "upper", "properties"} |
 *                                    {"kind": "batch", "start", "end", "every"} |
 *                                    {"kind": "in", "name", "values" (list of tuples), "properties"}]} | null,
 *    "distribution": {"kind": "hash", "columns", "buckets"} | {"kind": "random", "buckets"} | null,
 *    "order_by", "properties", "indexes": [{"name", "columns", "type", "properties", "comment"}],
 *    "rollups": [{"name", "columns", "duplicate_key", "properties"}],
 *    "sync_materialized_views": [{"name", "definition", "properties"}]},
 *   {"kind": "view", "name", "columns": [{"name", "comment"}], "comment", "security", "definition"},
 *   {"kind": "materialized_view", "name", "columns", "indexes" (as a table's), "comment", "partitioning", "distribution", "order_by",
 *    "refresh": {"moment", "kind", "start", "every": {"amount", "unit"} | null} | null, "properties",
 *    "definition"}]}
 * </pre>
 */
public final class SchemaJson {

    private SchemaJson() {
    }

    /** The JSON text of the schema. */
    public static String write(Schema schema) {
        StringBuilder out = new StringBuilder();
        try {
            write(schema, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return out.toString();
    }

    /**
     * Writes the JSON text of the schema to {@code out} one object at a time, so that a large schema's JSON is never
     * held in memory as a whole (the same text as {@link #write(Schema)}).
     */
    public static void write(Schema schema, Appendable out) throws IOException {
        if (schema.objects().isEmpty()) {
            out.append(JsonWriter.write(Map.of("objects", List.of())));
            return;
        }
        out.append("{\n  \"objects\": [");
        String separator = "\n    ";
        for (SchemaObject o : schema.objects()) {
            out.append(separator).append(JsonWriter.member(object(o), "    "));
            separator = ",\n    ";
        }
        out.append("\n  ]\n}\n");
    }

    /** One object as a JSON value tree (maps and lists), for embedding in other JSON documents. */
    public static Map<String, Object> object(SchemaObject o) {
        if (o instanceof Table t) {
            return table(t);
        }
        if (o instanceof View v) {
            Map<String, Object> out = head("view", v.name());
            out.put("columns", viewColumns(v.columns()));
            out.put("comment", v.comment());
            out.put("security", v.security() == null ? null : v.security().name());
            out.put("definition", v.definition());
            return out;
        }
        MaterializedView mv = (MaterializedView) o;
        Map<String, Object> out = head("materialized_view", mv.name());
        out.put("columns", viewColumns(mv.columns()));
        out.put("indexes", mv.indexes().stream().map(SchemaJson::index).toList());
        out.put("comment", mv.comment());
        out.put("partitioning", partitioning(mv.partitioning()));
        out.put("distribution", distribution(mv.distribution()));
        out.put("order_by", mv.orderBy());
        out.put("refresh", refresh(mv.refresh()));
        out.put("properties", mv.properties());
        out.put("definition", mv.definition());
        return out;
    }

    private static Map<String, Object> table(Table t) {
        Map<String, Object> out = head("table", t.name());
        out.put("columns", t.columns().stream().map(SchemaJson::column).toList());
        Map<String, Object> key = null;
        if (t.key() != null) {
            key = new LinkedHashMap<>();
            key.put("type", t.key().type().name());
            key.put("columns", t.key().columns());
        }
        out.put("key", key);
        out.put("comment", t.comment());
        out.put("engine", t.engine());
        out.put("partitioning", partitioning(t.partitioning()));
        out.put("distribution", distribution(t.distribution()));
        out.put("order_by", t.orderBy());
        out.put("properties", t.properties());
        out.put("indexes", t.indexes().stream().map(SchemaJson::index).toList());
        out.put("rollups", t.rollups().stream().map(SchemaJson::rollup).toList());
        out.put("sync_materialized_views", t.syncMaterializedViews().stream().map(SchemaJson::syncView).toList());
        return out;
    }

    private static Map<String, Object> syncView(SyncMaterializedView v) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", v.name());
        out.put("definition", v.definition());
        out.put("properties", v.properties());
        return out;
    }

    private static Map<String, Object> rollup(Rollup r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", r.name());
        out.put("columns", r.columns());
        out.put("duplicate_key", r.duplicateKey());
        out.put("properties", r.properties());
        return out;
    }

    private static Map<String, Object> head(String kind, ObjectName name) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", kind);
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("catalog", name.catalog());
        n.put("database", name.database());
        n.put("name", name.name());
        out.put("name", n);
        return out;
    }

    private static Map<String, Object> column(Column c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", c.name());
        out.put("type", c.type().toSql());
        out.put("aggregate", c.aggregate() == null ? null : c.aggregate().name());
        out.put("nullable", c.nullable());
        out.put("default", defaultValue(c.defaultValue()));
        out.put("auto_increment", c.autoIncrement());
        out.put("generated_as", c.generatedAs());
        out.put("comment", c.comment());
        out.put("renamed_from", c.renamedFrom());
        return out;
    }

    private static Map<String, Object> defaultValue(ColumnDefault d) {
        if (d == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (d instanceof ColumnDefault.Literal l) {
            out.put("kind", "literal");
            out.put("value", l.value());
        } else if (d instanceof ColumnDefault.Expression e) {
            out.put("kind", "expression");
            out.put("sql", e.sql());
        } else {
            out.put("kind", "current_timestamp");
        }
        return out;
    }

    private static Map<String, Object> index(Index i) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", i.name());
        out.put("columns", i.columns());
        out.put("type", i.type().name());
        out.put("properties", i.properties());
        out.put("comment", i.comment());
        return out;
    }

    private static Map<String, Object> partitioning(Partitioning p) {
        if (p == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", p instanceof Partitioning.Range ? "range" : p instanceof Partitioning.ListPartitioning
                ? "list" : "expression");
        List<Object> keys = new ArrayList<>();
        for (PartitionExpression k : p.keys()) {
            keys.add(k.isColumn() ? Map.of("column", k.column()) : Map.of("expression", k.sql()));
        }
        out.put("keys", keys);
        out.put("partitions", p.partitions().stream().map(SchemaJson::partition).toList());
        return out;
    }

    private static Map<String, Object> partition(PartitionDefinition d) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (d instanceof PartitionDefinition.LessThan l) {
            out.put("kind", "less_than");
            out.put("name", l.name());
            out.put("values", l.values());
            out.put("properties", l.properties());
        } else if (d instanceof PartitionDefinition.Fixed f) {
            out.put("kind", "fixed");
            out.put("name", f.name());
            out.put("lower", f.lower());
            out.put("upper", f.upper());
            out.put("properties", f.properties());
        } else if (d instanceof PartitionDefinition.Batch b) {
            out.put("kind", "batch");
            out.put("start", b.start());
            out.put("end", b.end());
            out.put("every", b.every());
        } else {
            PartitionDefinition.In in = (PartitionDefinition.In) d;
            out.put("kind", "in");
            out.put("name", in.name());
            out.put("values", in.values());
            out.put("properties", in.properties());
        }
        return out;
    }

    private static Map<String, Object> distribution(Distribution d) {
        if (d == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (d instanceof Distribution.Hash h) {
            out.put("kind", "hash");
            out.put("columns", h.columns());
        } else {
            out.put("kind", "random");
        }
        out.put("buckets", d.buckets());
        return out;
    }

    private static Map<String, Object> refresh(Refresh r) {
        if (r == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("moment", r.moment() == null ? null : r.moment().name());
        out.put("kind", r.kind().name());
        out.put("start", r.start());
        Map<String, Object> every = null;
        if (r.every() != null) {
            every = new LinkedHashMap<>();
            every.put("amount", r.every().amount());
            every.put("unit", r.every().unit().toUpperCase(Locale.ROOT));
        }
        out.put("every", every);
        return out;
    }

    private static List<Object> viewColumns(List<ViewColumn> columns) {
        List<Object> out = new ArrayList<>();
        for (ViewColumn c : columns) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("comment", c.comment());
            out.add(m);
        }
        return out;
    }
}
