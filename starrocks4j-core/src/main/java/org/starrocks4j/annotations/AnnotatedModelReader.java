package org.starrocks4j.annotations;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.InvalidModelException;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.ModelValidator;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.View;
import org.starrocks4j.types.InvalidTypeException;

/**
 * Turns annotated classes into the schema model: {@link StarRocksTable} (or a JPA {@code @Entity}) into a
 * {@link Table}, {@link StarRocksView} into a {@link View}, {@link StarRocksMaterializedView} into a
 * {@link MaterializedView}. The result is validated like the DSL's; every problem of a class is reported at once,
 * each naming the class (and field).
 */
public final class AnnotatedModelReader {

    private AnnotatedModelReader() {
    }

    /** True when the class declares a table, view or materialized view. */
    public static boolean isModelClass(Class<?> type) {
        return type.isAnnotationPresent(StarRocksTable.class) || type.isAnnotationPresent(StarRocksView.class)
                || type.isAnnotationPresent(StarRocksMaterializedView.class) || JpaAnnotations.has(type, "Entity");
    }

    /**
     * The schema of the classes: tables first, then views, then materialized views, each in the order given.
     * Fails with every problem of every class.
     */
    public static Schema read(Collection<? extends Class<?>> classes) {
        List<SchemaObject> objects = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Class<?> type : classes) {
            try {
                objects.add(readOne(type));
            } catch (InvalidModelException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidModelException(problems);
        }
        List<SchemaObject> ordered = new ArrayList<>(objects);
        ordered.sort(Comparator.comparingInt(AnnotatedModelReader::rank));
        return new Schema(ordered);
    }

    /** The schema of the classes, in the order given. */
    public static Schema read(Class<?>... classes) {
        return read(List.of(classes));
    }

    /** The table, view or materialized view one class declares. */
    public static SchemaObject readObject(Class<?> type) {
        return readOne(type);
    }

    /**
     * The column one field of a table class declares (name, type and attributes), as {@link #read} reads it; for
     * integrations that handle one attribute at a time (an ORM's type mapping).
     *
     * @throws InvalidModelException naming the class and field when the declaration is wrong
     */
    public static Column column(Field field) {
        StarRocksTable table = field.getDeclaringClass().getAnnotation(StarRocksTable.class);
        return ColumnFieldReader.read(field, table == null ? Naming.SNAKE_CASE : table.naming());
    }

    /**
     * The SQL name of the column that {@code field} (declared by {@code table} or one of its superclasses) has in
     * {@code table}'s model, as {@link #read} names it: {@code @StarRocksColumn(name)}, else JPA's
     * {@code @Column(name)}, else the field name by the table's {@link StarRocksTable#naming() naming}. For
     * integrations that map the same field with their own names (an ORM's columns).
     */
    public static String columnName(Class<?> table, Field field) {
        StarRocksTable annotation = table.getAnnotation(StarRocksTable.class);
        return ColumnFieldReader.name(field, annotation == null ? Naming.SNAKE_CASE : annotation.naming());
    }

    private static SchemaObject readOne(Class<?> type) {
        int kinds = (type.isAnnotationPresent(StarRocksTable.class) ? 1 : 0)
                + (type.isAnnotationPresent(StarRocksView.class) ? 1 : 0)
                + (type.isAnnotationPresent(StarRocksMaterializedView.class) ? 1 : 0);
        String where = "class " + type.getName();
        if (kinds > 1) {
            throw new InvalidModelException(where + " carries more than one of @StarRocksTable, @StarRocksView and "
                    + "@StarRocksMaterializedView; one class declares one object");
        }
        if (type.isAnnotationPresent(StarRocksView.class)) {
            return view(type, type.getAnnotation(StarRocksView.class));
        }
        if (type.isAnnotationPresent(StarRocksMaterializedView.class)) {
            return materializedView(type, type.getAnnotation(StarRocksMaterializedView.class));
        }
        if (type.isAnnotationPresent(StarRocksTable.class) || JpaAnnotations.has(type, "Entity")) {
            return table(type, type.getAnnotation(StarRocksTable.class));
        }
        throw new InvalidModelException(where + " declares no table, view or materialized view; annotate it with "
                + "@StarRocksTable, @StarRocksView or @StarRocksMaterializedView");
    }

    private static Table table(Class<?> type, StarRocksTable annotation) {
        String where = "class " + type.getName();
        Naming naming = annotation == null ? Naming.SNAKE_CASE : annotation.naming();
        Optional<Annotation> jpaTable = JpaAnnotations.find(type, "Table");
        String name = annotation != null && !annotation.name().isEmpty() ? annotation.name()
                : firstNonEmpty(JpaAnnotations.string(jpaTable, "name"),
                        JpaAnnotations.string(JpaAnnotations.find(type, "Entity"), "name"),
                        JavaNames.toSql(type.getSimpleName(), naming));
        String database = annotation != null && !annotation.database().isEmpty() ? annotation.database()
                : JpaAnnotations.string(jpaTable, "schema");
        Table.Builder b = Table.builder(ObjectName.of(database.isEmpty() ? null : database, name));
        List<String> problems = new ArrayList<>();
        List<String> keyColumns = new ArrayList<>();
        Map<String, String> fieldOfColumn = new HashMap<>();
        for (Field field : ModelFields.columnsOf(type)) {
            try {
                Column column = ColumnFieldReader.read(field, naming);
                b.column(column);
                fieldOfColumn.putIfAbsent(column.name().toLowerCase(Locale.ROOT), field.getName());
                if (ColumnFieldReader.isKey(field)) {
                    keyColumns.add(column.name());
                }
            } catch (InvalidModelException e) {
                problems.add(e.getMessage());
            }
        }
        try {
            if (annotation == null) {
                // A plain JPA entity: its @Id columns are the primary key, as in any relational database.
                if (!keyColumns.isEmpty()) {
                    b.primaryKey(keyColumns.toArray(String[]::new));
                }
            } else {
                tableClauses(b, annotation, keyColumns);
            }
        } catch (InvalidModelException | InvalidTypeException e) {
            problems.add(where + ": " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new InvalidModelException(problems);
        }
        Table table = b.buildUnchecked();
        List<String> invalid = ModelValidator.problems(table);
        if (!invalid.isEmpty()) {
            throw new InvalidModelException(invalid.stream().map(p -> where + field(p, fieldOfColumn) + ": " + p).toList());
        }
        return table;
    }

    /** {@code ", field f"} when the problem is about one column (the rules say {@code column 'c'}), else empty. */
    private static String field(String problem, Map<String, String> fieldOfColumn) {
        Matcher m = COLUMN_PROBLEM.matcher(problem);
        if (!m.find()) {
            return "";
        }
        String field = fieldOfColumn.get(m.group(1).toLowerCase(Locale.ROOT));
        return field == null ? "" : ", field " + field;
    }

    /** How {@link ModelValidator} names the column a problem is about. */
    private static final Pattern COLUMN_PROBLEM = Pattern.compile("^table [^:]*?, column '([^']*)'");

    private static void tableClauses(Table.Builder b, StarRocksTable t, List<String> keyColumns) {
        Key key = Clauses.optional(t.key(), "key");
        if (key != null) {
            b.key(Clauses.key(key, keyColumns));
        }
        b.comment(Clauses.optional(t.comment(), "comment"));
        b.engine(t.engine());
        PartitionBy partitionBy = Clauses.optional(t.partitionBy(), "partitionBy");
        if (partitionBy != null) {
            b.partitionBy(Clauses.partitioning(partitionBy));
        }
        DistributedBy distributedBy = Clauses.optional(t.distributedBy(), "distributedBy");
        if (distributedBy != null) {
            b.distributedBy(Clauses.distribution(distributedBy));
        }
        b.orderBy(List.of(t.orderBy()));
        b.properties(Clauses.properties(t.properties(), "the table"));
        for (Index index : t.indexes()) {
            b.index(Clauses.index(index));
        }
        for (Rollup rollup : t.rollups()) {
            b.rollup(Clauses.rollup(rollup));
        }
        for (SyncMaterializedView view : t.syncMaterializedViews()) {
            b.syncMaterializedView(Clauses.syncView(view));
        }
    }

    private static View view(Class<?> type, StarRocksView v) {
        String where = "class " + type.getName();
        try {
            View.Builder b = View.builder(objectName(type, v.name(), v.database(), v.naming()))
                    .columns(viewColumns(type, v.columns(), v.naming()))
                    .comment(Clauses.optional(v.comment(), "comment"))
                    .security(Clauses.optional(v.security(), "security"))
                    .as(v.definition());
            return b.build();
        } catch (InvalidModelException | InvalidTypeException e) {
            throw prefixed(where, e);
        }
    }

    private static MaterializedView materializedView(Class<?> type, StarRocksMaterializedView v) {
        String where = "class " + type.getName();
        try {
            MaterializedView.Builder b = MaterializedView.builder(objectName(type, v.name(), v.database(), v.naming()))
                    .columns(viewColumns(type, v.columns(), v.naming()))
                    .indexes(java.util.Arrays.stream(v.indexes()).map(Clauses::index).toList())
                    .comment(Clauses.optional(v.comment(), "comment"))
                    .orderBy(v.orderBy())
                    .properties(Clauses.properties(v.properties(), "the materialized view"))
                    .as(v.definition());
            PartitionBy partitionBy = Clauses.optional(v.partitionBy(), "partitionBy");
            if (partitionBy != null) {
                b.partitionBy(Clauses.partitioning(partitionBy));
            }
            DistributedBy distributedBy = Clauses.optional(v.distributedBy(), "distributedBy");
            if (distributedBy != null) {
                b.distributedBy(Clauses.distribution(distributedBy));
            }
            Refresh refresh = Clauses.optional(v.refresh(), "refresh");
            if (refresh != null) {
                b.refresh(Clauses.refresh(refresh));
            }
            return b.build();
        } catch (InvalidModelException | InvalidTypeException e) {
            throw prefixed(where, e);
        }
    }

    /** Declared columns, else the class's fields (name and comment only: a view's columns have no type). */
    private static List<org.starrocks4j.schema.ViewColumn> viewColumns(Class<?> type, ViewColumn[] declared,
                                                                        Naming naming) {
        List<Field> fields = ModelFields.columnsOf(type);
        if (declared.length > 0) {
            if (!fields.isEmpty()) {
                throw new InvalidModelException("declares its columns both in columns = {...} and as fields; "
                        + "keep one of the two");
            }
            return Clauses.viewColumns(declared);
        }
        List<org.starrocks4j.schema.ViewColumn> columns = new ArrayList<>();
        for (Field field : fields) {
            StarRocksColumn c = field.getAnnotation(StarRocksColumn.class);
            if (c != null && (!c.type().isEmpty() || c.key() || c.aggregate().length > 0
                    || c.nullable() != Nullability.UNSTATED || c.defaultValue().length > 0
                    || c.defaultExpression().length > 0 || c.defaultCurrentTimestamp() || c.autoIncrement()
                    || !c.generatedAs().isEmpty() || c.length() != 0 || c.precision() != 0 || c.scale() != 0)) {
                throw new InvalidModelException("field " + field.getName() + ": a view column has only a name and a "
                        + "comment (its type comes from the query); remove the other @StarRocksColumn attributes");
            }
            String comment = c == null ? null : Clauses.optional(c.comment(), "comment of field " + field.getName());
            columns.add(new org.starrocks4j.schema.ViewColumn(ColumnFieldReader.name(field, naming), comment));
        }
        return columns;
    }

    private static ObjectName objectName(Class<?> type, String name, String database, Naming naming) {
        String resolved = name.isEmpty() ? JavaNames.toSql(type.getSimpleName(), naming) : name;
        return ObjectName.of(database.isEmpty() ? null : database, resolved);
    }

    private static void requireValid(SchemaObject object, String where) {
        List<String> problems = ModelValidator.problems(object);
        if (!problems.isEmpty()) {
            throw new InvalidModelException(problems.stream().map(p -> where + ": " + p).toList());
        }
    }

    private static InvalidModelException prefixed(String where, RuntimeException e) {
        if (e instanceof InvalidModelException m) {
            return new InvalidModelException(m.problems().stream().map(p -> where + ": " + p).toList());
        }
        return new InvalidModelException(where + ": " + e.getMessage());
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    private static int rank(SchemaObject o) {
        if (o instanceof Table) {
            return 0;
        }
        return o instanceof View ? 1 : 2;
    }
}
