package org.starrocks4j.codegen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.starrocks4j.annotations.JavaNames;
import org.starrocks4j.annotations.Naming;
import org.starrocks4j.types.AggregateStateType;
import org.starrocks4j.types.ArrayType;
import org.starrocks4j.types.BinaryType;
import org.starrocks4j.types.CharType;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.DecimalType;
import org.starrocks4j.types.MapType;
import org.starrocks4j.types.PrimitiveType;
import org.starrocks4j.types.StructType;

/**
 * Chooses the Java type of a generated field for a StarRocks type, and tells whether the annotation reader's type
 * inference gives the StarRocks type back from it (with which length / precision / scale), or the field needs an
 * explicit {@code type = "..."}. STRUCTs become nested records, written into {@link #records()}.
 */
final class JavaFieldTypes {

    /**
     * A Java type for a StarRocks type.
     *
     * @param javaType  the Java source of the type
     * @param inferable true when inference with {@link #length} / {@link #precision} gives the type back
     * @param length    the length the String / byte[] parts need, {@code null} when there is none
     * @param precision the precision and scale the BigDecimal parts need ({@code {p, s}}), {@code null} when none
     */
    record Mapped(String javaType, boolean inferable, Integer length, int[] precision) {
    }

    private static final Set<String> OBJECT_METHODS = Set.of("hashCode", "toString", "getClass", "notify",
            "notifyAll", "wait", "clone", "finalize", "equals");

    private final Imports imports;
    private final Set<String> usedClassNames;
    private final List<String> records = new ArrayList<>();

    JavaFieldTypes(Imports imports, Set<String> usedClassNames) {
        this.imports = imports;
        this.usedClassNames = usedClassNames;
    }

    /** Nested record declarations generated so far (Java source at class-member level, unindented). */
    List<String> records() {
        return records;
    }

    Mapped map(DataType type, String nameHint) {
        if (type instanceof PrimitiveType p) {
            switch (p.kind()) {
                case BOOLEAN: return exact("Boolean");
                case TINYINT: return exact("Byte");
                case SMALLINT: return exact("Short");
                case INT: return exact("Integer");
                case BIGINT: return exact("Long");
                case LARGEINT: return exact(imports.use("java.math.BigInteger"));
                case FLOAT: return exact("Float");
                case DOUBLE: return exact("Double");
                case DATE: return exact(imports.use("java.time.LocalDate"));
                case DATETIME: return exact(imports.use("java.time.LocalDateTime"));
                case TIME: return exact(imports.use("java.time.LocalTime"));
                case STRING: return new Mapped("String", true, 0, null);
                case JSON:
                case VARIANT:
                    return explicit("String");
                default:
                    return explicit("byte[]");
            }
        }
        if (type instanceof CharType c) {
            return c.varying() ? new Mapped("String", true, c.length(), null) : explicit("String");
        }
        if (type instanceof BinaryType b) {
            return b.varying() ? new Mapped("byte[]", true, b.length() == null ? 0 : b.length(), null)
                    : explicit("byte[]");
        }
        if (type instanceof DecimalType d) {
            String javaType = imports.use("java.math.BigDecimal");
            return d.spelling() == DecimalType.Spelling.DECIMAL
                    ? new Mapped(javaType, true, null, new int[] {d.precision(), d.scale()}) : explicit(javaType);
        }
        if (type instanceof ArrayType a) {
            Mapped element = map(a.element(), nameHint + "_item");
            return new Mapped(imports.use("java.util.List") + "<" + element.javaType() + ">", element.inferable(),
                    element.length(), element.precision());
        }
        if (type instanceof MapType m) {
            Mapped key = map(m.key(), nameHint + "_key");
            Mapped value = map(m.value(), nameHint + "_value");
            return combine(imports.use("java.util.Map") + "<" + key.javaType() + ", " + value.javaType() + ">",
                    key, value);
        }
        if (type instanceof AggregateStateType state) {
            // the state is opaque to the application: the Java type of what the server stores it as (bytes when the
            // stored type is left to the server), with the state itself stated in the annotation
            return explicit(state.stateType() == null ? "byte[]" : map(state.stateType(), nameHint).javaType());
        }
        return struct((StructType) type, nameHint);
    }

    private Mapped struct(StructType struct, String nameHint) {
        String recordName = JavaSyntax.unique(JavaSyntax.className(nameHint), usedClassNames);
        Set<String> componentNames = new HashSet<>();
        List<String> components = new ArrayList<>();
        for (StructType.Field field : struct.fields()) {
            String javaName = JavaSyntax.fieldName(field.name());
            if (OBJECT_METHODS.contains(javaName)) {
                javaName = javaName + "_";
            }
            javaName = JavaSyntax.unique(javaName, componentNames);
            Mapped mapped = map(field.type(), field.name());
            AnnotationText annotation = new AnnotationText(imports.use("org.starrocks4j.annotations.StarRocksColumn"));
            if (!JavaNames.toSql(javaName, Naming.SNAKE_CASE).equals(field.name())) {
                annotation.attr("name", JavaSyntax.literal(field.name()));
            }
            // A component without its own annotation would inherit the column's sizes, so any sized part is stated here.
            sizeAttributes(annotation, field.type(), mapped);
            if (field.comment() != null) {
                annotation.attr("comment", JavaSyntax.literal(field.comment()));
            }
            boolean sized = mapped.length() != null || mapped.precision() != null;
            components.add((annotation.isEmpty() && !sized ? "" : annotation.render("        ") + " ")
                    + mapped.javaType() + " " + javaName);
        }
        StringBuilder out = new StringBuilder("public record ").append(recordName).append("(\n");
        for (int i = 0; i < components.size(); i++) {
            out.append("        ").append(components.get(i).replace("\n", "\n        "));
            out.append(i < components.size() - 1 ? ",\n" : ") {\n}\n");
        }
        records.add(out.toString());
        return exact(recordName);
    }

    /** Adds {@code type}, or {@code length} / {@code precision} / {@code scale}, as the mapping needs. */
    static void sizeAttributes(AnnotationText annotation, DataType type, Mapped mapped) {
        if (!mapped.inferable()) {
            annotation.attr("type", JavaSyntax.literal(type.toSql()));
            return;
        }
        if (mapped.length() != null && mapped.length() > 0) {
            annotation.attr("length", Integer.toString(mapped.length()));
        }
        if (mapped.precision() != null) {
            annotation.attr("precision", Integer.toString(mapped.precision()[0]));
            if (mapped.precision()[1] != 0) {
                annotation.attr("scale", Integer.toString(mapped.precision()[1]));
            }
        }
    }

    private static Mapped combine(String javaType, Mapped a, Mapped b) {
        boolean inferable = a.inferable() && b.inferable();
        Integer length = a.length() != null ? a.length() : b.length();
        if (a.length() != null && b.length() != null && !a.length().equals(b.length())) {
            inferable = false;
        }
        int[] precision = a.precision() != null ? a.precision() : b.precision();
        if (a.precision() != null && b.precision() != null
                && !java.util.Arrays.equals(a.precision(), b.precision())) {
            inferable = false;
        }
        return new Mapped(javaType, inferable, length, precision);
    }

    private static Mapped exact(String javaType) {
        return new Mapped(Objects.requireNonNull(javaType), true, null, null);
    }

    private static Mapped explicit(String javaType) {
        return new Mapped(javaType, false, null, null);
    }
}
