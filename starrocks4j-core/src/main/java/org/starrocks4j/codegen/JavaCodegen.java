package org.starrocks4j.codegen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaObject;

/**
 * Generates Java model source for every table, view and materialized view of a schema: readable, compilable, and
 * lossless (reading the generated classes back gives the same model).
 *
 * <pre>{@code
 * List<GeneratedSource> files = JavaCodegen.generate(schema, "com.acme.model", CodegenStyle.ANNOTATIONS);
 * }</pre>
 */
public final class JavaCodegen {

    /** The class name of the {@link CodegenStyle#DSL} output unless another is given. */
    public static final String DEFAULT_DSL_CLASS = "GeneratedSchema";

    private static final Pattern PACKAGE = Pattern.compile("([A-Za-z_$][A-Za-z0-9_$]*)(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

    private JavaCodegen() {
    }

    /** The sources for {@code schema} in {@code packageName} (empty string for the default package). */
    public static List<GeneratedSource> generate(Schema schema, String packageName, CodegenStyle style) {
        return generate(schema, packageName, style, DEFAULT_DSL_CLASS);
    }

    /** As {@link #generate(Schema, String, CodegenStyle)}, naming the DSL class {@code dslClassName}. */
    public static List<GeneratedSource> generate(Schema schema, String packageName, CodegenStyle style,
                                                 String dslClassName) {
        Objects.requireNonNull(schema, "schema");
        requirePackage(packageName);
        if (style == CodegenStyle.DSL) {
            if (!PACKAGE.matcher(dslClassName).matches() || dslClassName.contains(".")
                    || JavaSyntax.isKeyword(dslClassName)) {
                throw new IllegalArgumentException("'" + dslClassName + "' is not a valid Java class name");
            }
            if (JavaSyntax.RESERVED_CLASS_NAMES.contains(dslClassName.toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("class name '" + dslClassName + "' clashes with a class the "
                        + "generated code uses; choose another, e.g. " + dslClassName + "Definition");
            }
            return List.of(new DslWriter(packageName).write(schema, dslClassName));
        }
        AnnotatedClassWriter writer = new AnnotatedClassWriter(packageName);
        Set<String> used = new HashSet<>(JavaSyntax.RESERVED_CLASS_NAMES);
        List<GeneratedSource> out = new ArrayList<>();
        for (SchemaObject object : schema.objects()) {
            out.add(writer.write(object, JavaSyntax.unique(JavaSyntax.className(object.name().name()), used)));
        }
        return out;
    }

    private static void requirePackage(String packageName) {
        Objects.requireNonNull(packageName, "packageName");
        if (packageName.isEmpty()) {
            return;
        }
        if (!PACKAGE.matcher(packageName).matches()) {
            throw new IllegalArgumentException("'" + packageName + "' is not a valid Java package name; use e.g. "
                    + "com.acme.model");
        }
        for (String part : packageName.split("\\.")) {
            if (JavaSyntax.isKeyword(part)) {
                throw new IllegalArgumentException("package '" + packageName + "' contains the Java keyword '" + part
                        + "'; choose another name");
            }
        }
    }
}
