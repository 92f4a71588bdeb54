package org.starrocks4j.codegen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.starrocks4j.types.AggregateStateType;
import org.starrocks4j.types.ArrayType;
import org.starrocks4j.types.BinaryType;
import org.starrocks4j.types.CharType;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.DecimalType;
import org.starrocks4j.types.MapType;
import org.starrocks4j.types.PrimitiveType;
import org.starrocks4j.types.StructType;

/** Writes one {@link org.starrocks4j.schema.SchemaDefinition} class that builds a schema with the Java DSL. */
final class DslWriter {

    private static final String SCHEMA_PKG = "org.starrocks4j.schema.";
    private static final String CHAIN = "                ";

    private final String packageName;
    private Imports imports;
    private boolean usesProperties;

    DslWriter(String packageName) {
        this.packageName = packageName;
    }

    GeneratedSource write(Schema schema, String className) {
        imports = new Imports(packageName);
        imports.reserve(className);
        usesProperties = false;
        Set<String> methodNames = new HashSet<>(Set.of("schema", "properties", "tostring", "hashcode", "equals",
                "getclass", "notify", "notifyall", "wait", "clone", "finalize"));
        StringBuilder methods = new StringBuilder();
        List<String> calls = new ArrayList<>();
        for (SchemaObject object : schema.objects()) {
            String method = JavaSyntax.unique(JavaSyntax.fieldName(object.name().name()), methodNames);
            calls.add(method + "()");
            methods.append('\n');
            String comment = commentOf(object);
            methods.append("    /** ").append(comment != null && !comment.isBlank() ? JavaSyntax.javadoc(comment)
                    : "The " + object.kind() + " " + JavaSyntax.javadoc(object.name().toString()) + ".").append(" */\n");
            String type = imports.use(SCHEMA_PKG + typeName(object));
            methods.append("    static ").append(type).append(' ').append(method).append("() {\n");
            methods.append("        return ").append(body(object)).append(";\n");
            methods.append("    }\n");
        }
        String schemaType = imports.use(SCHEMA_PKG + "Schema");
        String definition = imports.use(SCHEMA_PKG + "SchemaDefinition");
        StringBuilder out = new StringBuilder();
        if (!packageName.isEmpty()) {
            out.append("package ").append(packageName).append(";\n\n");
        }
        String linkedHashMap = usesProperties ? imports.use("java.util.LinkedHashMap") : null;
        String map = usesProperties ? imports.use("java.util.Map") : null;
        out.append(imports.block());
        out.append("/** The schema's ").append(schema.objects().size())
                .append(" tables, views and materialized views, built with the starrocks4j DSL. */\n");
        out.append("public class ").append(className).append(" implements ").append(definition).append(" {\n\n");
        out.append("    @Override\n");
        out.append("    public ").append(schemaType).append(" schema() {\n");
        out.append("        return ").append(schemaType).append(".builder()");
        for (String call : calls) {
            out.append("\n").append(CHAIN).append(".add(").append(call).append(")");
        }
        out.append("\n").append(CHAIN).append(".build();\n    }\n");
        out.append(methods);
        if (usesProperties) {
            out.append("\n    /** Properties in the order given: key, value, key, value... */\n");
            out.append("    private static ").append(map).append("<String, String> properties(String... keysAndValues) {\n");
            out.append("        ").append(map).append("<String, String> map = new ").append(linkedHashMap)
                    .append("<>();\n");
            out.append("        for (int i = 0; i < keysAndValues.length; i += 2) {\n");
            out.append("            map.put(keysAndValues[i], keysAndValues[i + 1]);\n");
            out.append("        }\n");
            out.append("        return map;\n");
            out.append("    }\n");
        }
        out.append("}\n");
        return new GeneratedSource(packageName, className, out.toString());
    }

    private static String typeName(SchemaObject object) {
        return object instanceof Table ? "Table" : object instanceof View ? "View" : "MaterializedView";
    }

    private static String commentOf(SchemaObject object) {
        if (object instanceof Table t) {
            return t.comment();
        }
        return object instanceof View v ? v.comment() : ((MaterializedView) object).comment();
    }

    private String body(SchemaObject object) {
        StringBuilder b = new StringBuilder();
        b.append(imports.use(SCHEMA_PKG + typeName(object))).append(".builder(").append(name(object.name()))
                .append(")");
        if (object instanceof Table table) {
            table(b, table);
        } else if (object instanceof View view) {
            viewColumns(b, view.columns());
            if (view.comment() != null) {
                chain(b, "comment(" + JavaSyntax.literal(view.comment()) + ")");
            }
            if (view.security() != null) {
                chain(b, "security(" + imports.use(SCHEMA_PKG + "ViewSecurity") + "." + view.security().name() + ")");
            }
            chain(b, "as(" + JavaSyntax.multiLine(view.definition(), CHAIN + "        ") + ")");
        } else {
            materializedView(b, (MaterializedView) object);
        }
        chain(b, "build()");
        return b.toString();
    }

    private void table(StringBuilder b, Table table) {
        for (Column column : table.columns()) {
            String spec = columnSpec(column);
            chain(b, "column(" + JavaSyntax.literal(column.name()) + ", " + type(column.type())
                    + (spec.isEmpty() ? "" : ", c -> c" + spec) + ")");
        }
        if (table.key() != null) {
            String method = switch (table.key().type()) {
                case DUPLICATE -> "duplicateKey";
                case AGGREGATE -> "aggregateKey";
                case UNIQUE -> "uniqueKey";
                case PRIMARY -> "primaryKey";
            };
            chain(b, method + "(" + literals(table.key().columns()) + ")");
        }
        if (table.comment() != null) {
            chain(b, "comment(" + JavaSyntax.literal(table.comment()) + ")");
        }
        if (!Table.OLAP.equals(table.engine())) {
            chain(b, "engine(" + JavaSyntax.literal(table.engine()) + ")");
        }
        if (table.partitioning() != null) {
            chain(b, "partitionBy(" + partitioning(table.partitioning()) + ")");
        }
        if (table.distribution() != null) {
            chain(b, "distributedBy(" + distribution(table.distribution()) + ")");
        }
        if (!table.orderBy().isEmpty()) {
            chain(b, "orderBy(" + literals(table.orderBy()) + ")");
        }
        table.properties().forEach((k, v) ->
                chain(b, "property(" + JavaSyntax.literal(k) + ", " + JavaSyntax.literal(v) + ")"));
        for (Index index : table.indexes()) {
            chain(b, "index(" + index(index) + ")");
        }
        for (Rollup rollup : table.rollups()) {
            chain(b, "rollup(" + rollup(rollup) + ")");
        }
        for (SyncMaterializedView view : table.syncMaterializedViews()) {
            chain(b, "syncMaterializedView(" + syncView(view) + ")");
        }
    }

    private void materializedView(StringBuilder b, MaterializedView mv) {
        viewColumns(b, mv.columns());
        for (Index index : mv.indexes()) {
            chain(b, "index(" + index(index) + ")");
        }
        if (mv.comment() != null) {
            chain(b, "comment(" + JavaSyntax.literal(mv.comment()) + ")");
        }
        if (mv.partitioning() != null) {
            chain(b, "partitionBy(" + partitioning(mv.partitioning()) + ")");
        }
        if (mv.distribution() != null) {
            chain(b, "distributedBy(" + distribution(mv.distribution()) + ")");
        }
        if (!mv.orderBy().isEmpty()) {
            chain(b, "orderBy(" + literals(mv.orderBy()) + ")");
        }
        if (mv.refresh() != null) {
            chain(b, "refresh(" + refresh(mv.refresh()) + ")");
        }
        mv.properties().forEach((k, v) ->
                chain(b, "property(" + JavaSyntax.literal(k) + ", " + JavaSyntax.literal(v) + ")"));
        chain(b, "as(" + JavaSyntax.multiLine(mv.definition(), CHAIN + "        ") + ")");
    }

    private void viewColumns(StringBuilder b, List<ViewColumn> columns) {
        for (ViewColumn c : columns) {
            chain(b, "column(" + JavaSyntax.literal(c.name())
                    + (c.comment() == null ? "" : ", " + JavaSyntax.literal(c.comment())) + ")");
        }
    }

    private String columnSpec(Column column) {
        StringBuilder s = new StringBuilder();
        if (column.aggregate() != null) {
            s.append(".aggregate(").append(imports.use(SCHEMA_PKG + "AggregateType")).append('.')
                    .append(column.aggregate().name()).append(')');
        }
        if (column.nullable() != null) {
            s.append(column.nullable() ? ".nullable()" : ".notNull()");
        }
        ColumnDefault d = column.defaultValue();
        if (d instanceof ColumnDefault.Literal literal) {
            s.append(".defaultValue(").append(JavaSyntax.literal(literal.value())).append(')');
        } else if (d instanceof ColumnDefault.Expression expression) {
            s.append(".defaultExpression(").append(JavaSyntax.literal(expression.sql())).append(')');
        } else if (d instanceof ColumnDefault.CurrentTimestamp) {
            s.append(".defaultCurrentTimestamp()");
        }
        if (column.autoIncrement()) {
            s.append(".autoIncrement()");
        }
        if (column.generatedAs() != null) {
            s.append(".generatedAs(").append(JavaSyntax.literal(column.generatedAs())).append(')');
        }
        if (column.comment() != null) {
            s.append(".comment(").append(JavaSyntax.literal(column.comment())).append(')');
        }
        if (column.renamedFrom() != null) {
            s.append(".renamedFrom(").append(JavaSyntax.literal(column.renamedFrom())).append(')');
        }
        return s.toString();
    }

    private String type(DataType type) {
        String types = imports.use("org.starrocks4j.types.Types");
        if (type instanceof PrimitiveType p) {
            return types + "." + p.kind().name();
        }
        if (type instanceof CharType c) {
            return types + (c.varying() ? ".varchar(" : ".charType(") + c.length() + ")";
        }
        if (type instanceof BinaryType bin) {
            if (bin.length() == null) {
                return types + (bin.varying() ? ".VARBINARY" : ".BINARY");
            }
            return bin.varying() ? types + ".varbinary(" + bin.length() + ")"
                    : "new " + imports.use("org.starrocks4j.types.BinaryType") + "(false, " + bin.length() + ")";
        }
        if (type instanceof DecimalType d) {
            if (d.spelling() == DecimalType.Spelling.DECIMAL) {
                return types + ".decimal(" + d.precision() + ", " + d.scale() + ")";
            }
            String decimal = imports.use("org.starrocks4j.types.DecimalType");
            return "new " + decimal + "(" + decimal + ".Spelling." + d.spelling().name() + ", " + d.precision()
                    + ", " + d.scale() + ")";
        }
        if (type instanceof ArrayType a) {
            return types + ".array(" + type(a.element()) + ")";
        }
        if (type instanceof MapType m) {
            return types + ".map(" + type(m.key()) + ", " + type(m.value()) + ")";
        }
        if (type instanceof AggregateStateType state) {
            String arguments = state.arguments().stream().map(this::type).collect(Collectors.joining(", "));
            if (state.stateType() == null) {
                return types + ".aggregateState(" + JavaSyntax.literal(state.function()) + ", " + arguments + ")";
            }
            return "new " + imports.use("org.starrocks4j.types.AggregateStateType") + "(" + type(state.stateType())
                    + ", " + JavaSyntax.literal(state.function()) + ", " + imports.use("java.util.List") + ".of("
                    + arguments + "))";
        }
        StructType struct = (StructType) type;
        List<String> fields = new ArrayList<>();
        for (StructType.Field f : struct.fields()) {
            fields.add(f.comment() == null
                    ? types + ".field(" + JavaSyntax.literal(f.name()) + ", " + type(f.type()) + ")"
                    : "new " + imports.use("org.starrocks4j.types.StructType") + ".Field(" + JavaSyntax.literal(f.name())
                            + ", " + type(f.type()) + ", " + JavaSyntax.literal(f.comment()) + ")");
        }
        return types + ".struct(" + String.join(", ", fields) + ")";
    }

    private String partitioning(Partitioning p) {
        String partitioning = imports.use(SCHEMA_PKG + "Partitioning");
        List<PartitionExpression> keys = p.keys();
        boolean allColumns = keys.stream().allMatch(PartitionExpression::isColumn);
        boolean allExpressions = keys.stream().noneMatch(PartitionExpression::isColumn);
        if (p instanceof Partitioning.Expression) {
            if (allColumns) {
                return partitioning + ".columns(" + literals(keys.stream().map(PartitionExpression::column).toList())
                        + ")";
            }
            if (allExpressions) {
                return partitioning + ".expressions(" + literals(keys.stream().map(PartitionExpression::sql).toList())
                        + ")";
            }
            return "new " + partitioning + ".Expression(" + keyList(keys) + ")";
        }
        String kind = p instanceof Partitioning.Range ? "Range" : "ListPartitioning";
        List<String> defs = p.partitions().stream().map(this::partition).toList();
        if (allColumns) {
            String on = (p instanceof Partitioning.Range ? ".rangeOn(" : ".listOn(")
                    + literals(keys.stream().map(PartitionExpression::column).toList()) + ")";
            return partitioning + on + (defs.isEmpty() ? "" : "\n" + CHAIN + "        .withPartitions("
                    + String.join(",\n" + CHAIN + "                ", defs) + ")");
        }
        return "new " + partitioning + "." + kind + "(" + keyList(keys) + ", " + imports.use("java.util.List") + ".of("
                + String.join(", ", defs) + "))";
    }

    private String keyList(List<PartitionExpression> keys) {
        String expression = imports.use(SCHEMA_PKG + "PartitionExpression");
        return imports.use("java.util.List") + ".of(" + keys.stream()
                .map(k -> expression + (k.isColumn() ? ".column(" : ".expression(") + JavaSyntax.literal(k.toString())
                        + ")")
                .collect(Collectors.joining(", ")) + ")";
    }

    private String partition(PartitionDefinition def) {
        String pd = imports.use(SCHEMA_PKG + "PartitionDefinition");
        String name = def.name() == null ? null : JavaSyntax.literal(def.name());
        if (def instanceof PartitionDefinition.Batch batch) {
            return pd + ".batch(" + JavaSyntax.literal(batch.start()) + ", " + JavaSyntax.literal(batch.end()) + ", "
                    + JavaSyntax.literal(batch.every()) + ")";
        }
        if (def instanceof PartitionDefinition.LessThan lt) {
            if (lt.properties().isEmpty()) {
                return lt.maxValue() ? pd + ".maxValue(" + name + ")" : pd + ".lessThan(" + name + ", "
                        + literals(lt.values()) + ")";
            }
            return "new " + pd + ".LessThan(" + name + ", " + list() + ".of(" + literals(lt.values()) + "), "
                    + properties(lt.properties()) + ")";
        }
        if (def instanceof PartitionDefinition.Fixed f) {
            if (f.properties().isEmpty() && f.lower().size() == 1) {
                return pd + ".fixed(" + name + ", " + JavaSyntax.literal(f.lower().get(0)) + ", "
                        + JavaSyntax.literal(f.upper().get(0)) + ")";
            }
            return "new " + pd + ".Fixed(" + name + ", " + list() + ".of(" + literals(f.lower()) + "), " + list() + ".of("
                    + literals(f.upper()) + "), " + properties(f.properties()) + ")";
        }
        PartitionDefinition.In in = (PartitionDefinition.In) def;
        if (in.properties().isEmpty() && in.values().stream().allMatch(t -> t.size() == 1)) {
            return pd + ".in(" + name + ", " + literals(in.values().stream().map(t -> t.get(0)).toList()) + ")";
        }
        String tuples = in.values().stream().map(t -> list() + ".of(" + literals(t) + ")")
                .collect(Collectors.joining(", "));
        return "new " + pd + ".In(" + name + ", " + list() + ".of(" + tuples + "), " + properties(in.properties()) + ")";
    }

    private String list() {
        return imports.use("java.util.List");
    }

    private String distribution(Distribution d) {
        String distribution = imports.use(SCHEMA_PKG + "Distribution");
        if (d instanceof Distribution.Hash hash) {
            return distribution + ".hash(" + (hash.buckets() == null ? "" : hash.buckets() + ", ")
                    + literals(hash.columns()) + ")";
        }
        return distribution + ".random(" + (d.buckets() == null ? "" : d.buckets().toString()) + ")";
    }

    private String refresh(Refresh r) {
        String refresh = imports.use(SCHEMA_PKG + "Refresh");
        StringBuilder s = new StringBuilder(refresh);
        switch (r.kind()) {
            case MANUAL -> s.append(".manual()");
            case INCREMENTAL -> s.append(".incremental()");
            default -> s.append(r.every() == null ? ".async()"
                    : ".asyncEvery(" + r.every().amount() + ", " + JavaSyntax.literal(r.every().unit()) + ")");
        }
        if (r.start() != null) {
            s.append(".startingAt(").append(JavaSyntax.literal(r.start())).append(')');
        }
        if (r.moment() == Refresh.Moment.DEFERRED) {
            s.append(".deferred()");
        } else if (r.moment() == Refresh.Moment.IMMEDIATE) {
            s.append(".immediate()");
        }
        return s.toString();
    }

    private String index(Index index) {
        String indexType = imports.use(SCHEMA_PKG + "IndexType") + "." + index.type().name();
        String indexClass = imports.use(SCHEMA_PKG + "Index");
        if (index.properties().isEmpty() && index.comment() == null) {
            return indexClass + ".of(" + JavaSyntax.literal(index.name()) + ", " + indexType + ", "
                    + literals(index.columns()) + ")";
        }
        return "new " + indexClass + "(" + JavaSyntax.literal(index.name()) + ", " + imports.use("java.util.List")
                + ".of(" + literals(index.columns()) + "), " + indexType + ", " + properties(index.properties()) + ", "
                + (index.comment() == null ? "null" : JavaSyntax.literal(index.comment())) + ")";
    }

    private String rollup(Rollup rollup) {
        StringBuilder out = new StringBuilder(imports.use(SCHEMA_PKG + "Rollup")).append(".of(")
                .append(JavaSyntax.literal(rollup.name())).append(", ").append(literals(rollup.columns())).append(')');
        if (!rollup.duplicateKey().isEmpty()) {
            out.append(".withDuplicateKey(").append(literals(rollup.duplicateKey())).append(')');
        }
        if (!rollup.properties().isEmpty()) {
            out.append(".withProperties(").append(properties(rollup.properties())).append(')');
        }
        return out.toString();
    }

    private String syncView(SyncMaterializedView view) {
        StringBuilder out = new StringBuilder(imports.use(SCHEMA_PKG + "SyncMaterializedView")).append(".of(")
                .append(JavaSyntax.literal(view.name())).append(", ").append(JavaSyntax.literal(view.definition()))
                .append(')');
        if (!view.properties().isEmpty()) {
            out.append(".withProperties(").append(properties(view.properties())).append(')');
        }
        return out.toString();
    }

    private String properties(Map<String, String> properties) {
        usesProperties = true;
        return "properties(" + properties.entrySet().stream()
                .map(e -> JavaSyntax.literal(e.getKey()) + ", " + JavaSyntax.literal(e.getValue()))
                .collect(Collectors.joining(", ")) + ")";
    }

    private String name(ObjectName name) {
        if (name.database() == null) {
            return JavaSyntax.literal(name.name());
        }
        return imports.use(SCHEMA_PKG + "ObjectName") + ".of(" + JavaSyntax.literal(name.database()) + ", "
                + JavaSyntax.literal(name.name()) + ")";
    }

    private static String literals(List<String> values) {
        return values.stream().map(JavaSyntax::literal).collect(Collectors.joining(", "));
    }

    private static void chain(StringBuilder b, String call) {
        b.append('\n').append(CHAIN).append('.').append(call);
    }
}
