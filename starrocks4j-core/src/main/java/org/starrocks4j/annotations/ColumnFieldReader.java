package org.starrocks4j.annotations;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.Optional;
import org.starrocks4j.schema.AggregateType;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.ColumnDefault;
import org.starrocks4j.schema.InvalidModelException;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.InvalidTypeException;

/** Reads one field of a table class as a {@link Column}. */
final class ColumnFieldReader {

    private ColumnFieldReader() {
    }

    /** True when the field is marked as a key column ({@code @StarRocksColumn(key = true)} or JPA {@code @Id}). */
    static boolean isKey(Field field) {
        StarRocksColumn column = field.getAnnotation(StarRocksColumn.class);
        return (column != null && column.key()) || JpaAnnotations.has(field, "Id")
                || JpaAnnotations.has(field, "EmbeddedId");
    }

    /** The SQL name of the field's column. */
    static String name(Field field, Naming naming) {
        StarRocksColumn column = field.getAnnotation(StarRocksColumn.class);
        if (column != null && !column.name().isEmpty()) {
            return column.name();
        }
        String jpaName = JpaAnnotations.string(JpaAnnotations.find(field, "Column"), "name");
        return jpaName.isEmpty() ? JavaNames.toSql(field.getName(), naming) : jpaName;
    }

    /** The column; {@link InvalidModelException} naming the class and field when the declaration is wrong. */
    static Column read(Field field, Naming naming) {
        String where = ModelFields.where(field);
        try {
            return column(field, naming);
        } catch (InvalidTypeException | InvalidModelException e) {
            throw new InvalidModelException(where + ": " + e.getMessage());
        }
    }

    private static Column column(Field field, Naming naming) {
        StarRocksColumn sr = field.getAnnotation(StarRocksColumn.class);
        Optional<Annotation> jpa = JpaAnnotations.find(field, "Column");
        Column.Builder b = Column.builder(name(field, naming), type(field, sr, jpa, naming));
        if (sr == null) {
            if (!JpaAnnotations.bool(jpa, "nullable", true)) {
                b.notNull();
            }
            return b.build();
        }
        switch (sr.nullable()) {
            case NULL -> b.nullable();
            case NOT_NULL -> b.notNull();
            default -> {
                if (!JpaAnnotations.bool(jpa, "nullable", true)) {
                    b.notNull();
                }
            }
        }
        AggregateType aggregate = Clauses.optional(sr.aggregate(), "aggregate");
        b.aggregate(aggregate);
        int defaults = sr.defaultValue().length + sr.defaultExpression().length + (sr.defaultCurrentTimestamp() ? 1 : 0);
        if (defaults > 1) {
            throw new InvalidModelException("give at most one of defaultValue, defaultExpression and "
                    + "defaultCurrentTimestamp");
        }
        if (sr.defaultValue().length == 1) {
            b.defaultValue(ColumnDefault.literal(sr.defaultValue()[0]));
        } else if (sr.defaultExpression().length == 1) {
            b.defaultValue(ColumnDefault.expression(sr.defaultExpression()[0]));
        } else if (sr.defaultCurrentTimestamp()) {
            b.defaultValue(ColumnDefault.currentTimestamp());
        }
        b.autoIncrement(sr.autoIncrement());
        b.generatedAs(sr.generatedAs().isEmpty() ? null : sr.generatedAs());
        b.comment(Clauses.optional(sr.comment(), "comment"));
        b.renamedFrom(Clauses.optional(sr.renamedFrom(), "renamedFrom"));
        return b.build();
    }

    private static DataType type(Field field, StarRocksColumn sr, Optional<Annotation> jpa, Naming naming) {
        if (sr != null && !sr.type().isEmpty()) {
            if (sr.length() != 0 || sr.precision() != 0 || sr.scale() != 0) {
                throw new InvalidModelException("type = \"" + sr.type() + "\" already says the size; remove length, "
                        + "precision and scale");
            }
            return TypeText.parse(sr.type());
        }
        int length = sr != null && sr.length() != 0 ? sr.length() : jpaLength(field, jpa);
        int precision = sr != null && sr.precision() != 0 ? sr.precision()
                : JpaAnnotations.integer(jpa, "precision", 0);
        int scale = sr != null && (sr.scale() != 0 || sr.precision() != 0) ? sr.scale()
                : JpaAnnotations.integer(jpa, "scale", 0);
        if (length < 0 || precision < 0 || scale < 0) {
            throw new InvalidModelException("length, precision and scale must not be negative");
        }
        return TypeInference.infer(field.getGenericType(), new TypeInference.Sizes(length, precision, scale), naming);
    }

    /** JPA's {@code @Column(length)} (255 unless given) sizes strings only, as Hibernate does. */
    private static int jpaLength(Field field, Optional<Annotation> jpa) {
        if (jpa.isEmpty() || field.getType() != String.class) {
            return 0;
        }
        return JpaAnnotations.integer(jpa, "length", 0);
    }
}
