package org.starrocks4j.codegen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.starrocks4j.annotations.JavaNames;
import org.starrocks4j.annotations.Naming;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.ColumnDefault;
import org.starrocks4j.schema.Index;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.Rollup;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.schema.SyncMaterializedView;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.View;

/** Writes one annotated class for a table, view or materialized view. */
final class AnnotatedClassWriter {

    private static final String PKG = "org.starrocks4j.annotations.";
    private static final String INDENT = "    ";

    private final String packageName;

    AnnotatedClassWriter(String packageName) {
        this.packageName = packageName;
    }

    GeneratedSource write(SchemaObject object, String className) {
        Imports imports = new Imports(packageName);
        ClauseText clauses = new ClauseText(imports);
        StringBuilder body = new StringBuilder();
        String comment;
        String annotation;
        if (object instanceof Table table) {
            comment = table.comment();
            annotation = tableAnnotation(table, clauses, imports);
            body.append(columns(table, className, imports));
        } else if (object instanceof View view) {
            comment = view.comment();
            annotation = viewAnnotation(view, clauses, imports);
        } else {
            MaterializedView mv = (MaterializedView) object;
            comment = mv.comment();
            annotation = materializedViewAnnotation(mv, clauses, imports);
        }
        StringBuilder out = new StringBuilder();
        if (!packageName.isEmpty()) {
            out.append("package ").append(packageName).append(";\n\n");
        }
        out.append(imports.block());
        String summary = comment != null && !comment.isBlank() ? JavaSyntax.javadoc(comment)
                : "The " + object.kind() + " " + JavaSyntax.javadoc(object.name().toString()) + ".";
        out.append("/** ").append(summary).append(" */\n");
        out.append(annotation).append('\n');
        out.append("public class ").append(className).append(" {\n");
        out.append(body);
        out.append("}\n");
        return new GeneratedSource(packageName, className, out.toString());
    }

    private String tableAnnotation(Table table, ClauseText clauses, Imports imports) {
        AnnotationText a = new AnnotationText(imports.use(PKG + "StarRocksTable"));
        a.attr("name", JavaSyntax.literal(table.name().name()));
        if (table.name().database() != null) {
            a.attr("database", JavaSyntax.literal(table.name().database()));
        }
        if (table.key() != null) {
            a.attr("key", new AnnotationText(imports.use(PKG + "Key"))
                    .attr("type", imports.use("org.starrocks4j.schema.KeyType") + "." + table.key().type().name())
                    .attr("columns", ClauseText.strings(table.key().columns())).render(""));
        }
        if (table.comment() != null) {
            a.attr("comment", JavaSyntax.literal(table.comment()));
        }
        if (!Table.OLAP.equals(table.engine())) {
            a.attr("engine", JavaSyntax.literal(table.engine()));
        }
        if (table.partitioning() != null) {
            a.attr("partitionBy", clauses.partitioning(table.partitioning()));
        }
        if (table.distribution() != null) {
            a.attr("distributedBy", clauses.distribution(table.distribution()));
        }
        if (!table.orderBy().isEmpty()) {
            a.attr("orderBy", ClauseText.strings(table.orderBy()));
        }
        if (!table.properties().isEmpty()) {
            a.attr("properties", clauses.properties(table.properties()));
        }
        if (!table.indexes().isEmpty()) {
            a.attr("indexes", indexes(table.indexes(), imports, clauses));
        }
        if (!table.rollups().isEmpty()) {
            a.attr("rollups", rollups(table.rollups(), imports, clauses));
        }
        if (!table.syncMaterializedViews().isEmpty()) {
            a.attr("syncMaterializedViews", syncViews(table.syncMaterializedViews(), imports, clauses));
        }
        return a.render("");
    }

    /** {@code {@SyncMaterializedView(name = ..., definition = ...), ...}}. */
    private static String syncViews(List<SyncMaterializedView> values, Imports imports, ClauseText clauses) {
        List<String> views = new ArrayList<>();
        for (SyncMaterializedView view : values) {
            AnnotationText v = new AnnotationText(imports.use(PKG + "SyncMaterializedView"))
                    .attr("name", JavaSyntax.literal(view.name()))
                    .attr("definition", JavaSyntax.literal(view.definition()));
            if (!view.properties().isEmpty()) {
                v.attr("properties", clauses.properties(view.properties()));
            }
            views.add(v.render(""));
        }
        return AnnotationText.array(views, "");
    }

    /** {@code {@Rollup(name = ..., columns = ...), ...}}. */
    private static String rollups(List<Rollup> values, Imports imports, ClauseText clauses) {
        List<String> rollups = new ArrayList<>();
        for (Rollup rollup : values) {
            AnnotationText r = new AnnotationText(imports.use(PKG + "Rollup"))
                    .attr("name", JavaSyntax.literal(rollup.name()))
                    .attr("columns", ClauseText.strings(rollup.columns()));
            if (!rollup.duplicateKey().isEmpty()) {
                r.attr("duplicateKey", ClauseText.strings(rollup.duplicateKey()));
            }
            if (!rollup.properties().isEmpty()) {
                r.attr("properties", clauses.properties(rollup.properties()));
            }
            rollups.add(r.render(""));
        }
        return AnnotationText.array(rollups, "");
    }

    /** {@code {@Index(name = ..., columns = ..., type = ...), ...}}: a table's or an MV's indexes. */
    private static String indexes(List<Index> values, Imports imports, ClauseText clauses) {
        List<String> indexes = new ArrayList<>();
        for (Index index : values) {
            AnnotationText i = new AnnotationText(imports.use(PKG + "Index"))
                    .attr("name", JavaSyntax.literal(index.name()))
                    .attr("columns", ClauseText.strings(index.columns()))
                    .attr("type", imports.use("org.starrocks4j.schema.IndexType") + "." + index.type().name());
            if (!index.properties().isEmpty()) {
                i.attr("properties", clauses.properties(index.properties()));
            }
            if (index.comment() != null) {
                i.attr("comment", JavaSyntax.literal(index.comment()));
            }
            indexes.add(i.render(""));
        }
        return AnnotationText.array(indexes, "");
    }

    private String columns(Table table, String className, Imports imports) {
        Set<String> classNames = new HashSet<>(JavaSyntax.RESERVED_CLASS_NAMES);
        classNames.add(className.toLowerCase(Locale.ROOT));
        JavaFieldTypes types = new JavaFieldTypes(imports, classNames);
        Set<String> fieldNames = new HashSet<>();
        StringBuilder out = new StringBuilder();
        for (Column column : table.columns()) {
            String fieldName = JavaSyntax.unique(JavaSyntax.fieldName(column.name()), fieldNames);
            JavaFieldTypes.Mapped mapped = types.map(column.type(), column.name());
            AnnotationText a = new AnnotationText(imports.use(PKG + "StarRocksColumn"));
            if (!JavaNames.toSql(fieldName, Naming.SNAKE_CASE).equals(column.name())) {
                a.attr("name", JavaSyntax.literal(column.name()));
            }
            JavaFieldTypes.sizeAttributes(a, column.type(), mapped);
            columnAttributes(a, column, imports);
            out.append('\n');
            if (column.comment() != null && !column.comment().isBlank()) {
                out.append(INDENT).append("/** ").append(JavaSyntax.javadoc(column.comment())).append(" */\n");
            }
            if (!a.isEmpty()) {
                out.append(INDENT).append(a.render(INDENT).replace("\n", "\n" + INDENT)).append('\n');
            }
            out.append(INDENT).append("private ").append(mapped.javaType()).append(' ').append(fieldName)
                    .append(";\n");
        }
        for (String record : types.records()) {
            out.append('\n').append(INDENT).append(record.strip().replace("\n", "\n" + INDENT)).append('\n');
        }
        return out.toString();
    }

    private static void columnAttributes(AnnotationText a, Column column, Imports imports) {
        if (column.aggregate() != null) {
            a.attr("aggregate", imports.use("org.starrocks4j.schema.AggregateType") + "." + column.aggregate().name());
        }
        if (column.nullable() != null) {
            a.attr("nullable", imports.use(PKG + "Nullability") + "."
                    + (column.nullable() ? "NULL" : "NOT_NULL"));
        }
        ColumnDefault d = column.defaultValue();
        if (d instanceof ColumnDefault.Literal literal) {
            a.attr("defaultValue", JavaSyntax.literal(literal.value()));
        } else if (d instanceof ColumnDefault.Expression expression) {
            a.attr("defaultExpression", JavaSyntax.literal(expression.sql()));
        } else if (d instanceof ColumnDefault.CurrentTimestamp) {
            a.attr("defaultCurrentTimestamp", "true");
        }
        if (column.autoIncrement()) {
            a.attr("autoIncrement", "true");
        }
        if (column.generatedAs() != null) {
            a.attr("generatedAs", JavaSyntax.literal(column.generatedAs()));
        }
        if (column.comment() != null) {
            a.attr("comment", JavaSyntax.literal(column.comment()));
        }
        if (column.renamedFrom() != null) {
            a.attr("renamedFrom", JavaSyntax.literal(column.renamedFrom()));
        }
    }

    private static String viewAnnotation(View view, ClauseText clauses, Imports imports) {
        AnnotationText a = new AnnotationText(clauses.annotation("StarRocksView"));
        a.attr("name", JavaSyntax.literal(view.name().name()));
        if (view.name().database() != null) {
            a.attr("database", JavaSyntax.literal(view.name().database()));
        }
        if (view.comment() != null) {
            a.attr("comment", JavaSyntax.literal(view.comment()));
        }
        if (view.security() != null) {
            a.attr("security", imports.use("org.starrocks4j.schema.ViewSecurity") + "." + view.security().name());
        }
        if (!view.columns().isEmpty()) {
            a.attr("columns", clauses.viewColumns(view.columns()));
        }
        a.attr("definition", JavaSyntax.multiLine(view.definition(), "        "));
        return a.render("");
    }

    private static String materializedViewAnnotation(MaterializedView mv, ClauseText clauses, Imports imports) {
        AnnotationText a = new AnnotationText(clauses.annotation("StarRocksMaterializedView"));
        a.attr("name", JavaSyntax.literal(mv.name().name()));
        if (mv.name().database() != null) {
            a.attr("database", JavaSyntax.literal(mv.name().database()));
        }
        if (mv.comment() != null) {
            a.attr("comment", JavaSyntax.literal(mv.comment()));
        }
        if (!mv.columns().isEmpty()) {
            a.attr("columns", clauses.viewColumns(mv.columns()));
        }
        if (!mv.indexes().isEmpty()) {
            a.attr("indexes", indexes(mv.indexes(), imports, clauses));
        }
        if (mv.partitioning() != null) {
            a.attr("partitionBy", clauses.partitioning(mv.partitioning()));
        }
        if (mv.distribution() != null) {
            a.attr("distributedBy", clauses.distribution(mv.distribution()));
        }
        if (!mv.orderBy().isEmpty()) {
            a.attr("orderBy", ClauseText.strings(mv.orderBy()));
        }
        if (mv.refresh() != null) {
            a.attr("refresh", clauses.refresh(mv.refresh()));
        }
        if (!mv.properties().isEmpty()) {
            a.attr("properties", clauses.properties(mv.properties()));
        }
        a.attr("definition", JavaSyntax.multiLine(mv.definition(), "        "));
        return a.render("");
    }
}
