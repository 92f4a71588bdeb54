package org.starrocks4j.diff;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.starrocks4j.json.JsonWriter;
import org.starrocks4j.operation.Operation;
import org.starrocks4j.schema.ObjectName;

/**
 * A {@link DiffResult} as JSON, for tools and CI: each change with its description, target, flags (among them
 * {@code irreversible}), warnings, what its downgrade cannot undo ({@code not_undone}) and the upgrade and downgrade
 * statements (operation kind and SQL text).
 */
public final class DiffJson {

    private DiffJson() {
    }

    /**
     * The JSON text.
     *
     * @param sql renders one operation as SQL (the DDL renderer)
     */
    public static String write(DiffResult result, Function<Operation, String> sql) {
        StringBuilder out = new StringBuilder();
        out.append("{\n  \"changes\": [");
        List<Change> changes = result.changes();
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    {\n");
            out.append("      \"description\": ").append(string(c.description())).append(",\n");
            out.append("      \"target\": ").append(name(c.target())).append(",\n");
            out.append("      \"flags\": [").append(String.join(", ", c.flags().stream().sorted()
                    .map(f -> string(f.name().toLowerCase(Locale.ROOT))).toList())).append("],\n");
            out.append("      \"warnings\": ").append(strings(c.warnings(), "      ")).append(",\n");
            out.append("      \"not_undone\": ").append(strings(c.notUndone(), "      ")).append(",\n");
            out.append("      \"upgrade\": ").append(operations(c.upgrade(), sql)).append(",\n");
            out.append("      \"downgrade\": ").append(operations(c.downgrade(), sql)).append('\n');
            out.append("    }");
        }
        out.append(changes.isEmpty() ? "],\n" : "\n  ],\n");
        out.append("  \"warnings\": ").append(strings(result.warnings(), "  ")).append('\n');
        return out.append("}\n").toString();
    }

    private static String name(ObjectName n) {
        return "{\"catalog\": " + nullable(n.catalog()) + ", \"database\": " + nullable(n.database())
                + ", \"name\": " + string(n.name()) + "}";
    }

    private static String operations(List<Operation> ops, Function<Operation, String> sql) {
        if (ops.isEmpty()) {
            return "[]";
        }
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < ops.size(); i++) {
            Operation op = ops.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("        {\"operation\": ").append(string(kind(op)))
                    .append(", \"destructive\": ").append(op.destructive())
                    .append(", \"sql\": ").append(string(sql.apply(op))).append('}');
        }
        return out.append("\n      ]").toString();
    }

    /** {@code TableOperation.AlterColumns} → {@code alter_columns}. */
    static String kind(Operation op) {
        String simple = op.getClass().getSimpleName();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < simple.length(); i++) {
            char ch = simple.charAt(i);
            if (Character.isUpperCase(ch) && i > 0) {
                out.append('_');
            }
            out.append(Character.toLowerCase(ch));
        }
        return out.toString();
    }

    private static String strings(List<String> values, String indent) {
        if (values.isEmpty()) {
            return "[]";
        }
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n").append(indent).append("  ").append(string(values.get(i)));
        }
        return out.append('\n').append(indent).append(']').toString();
    }

    private static String nullable(String s) {
        return s == null ? "null" : string(s);
    }

    /** A JSON string literal (the toolkit's one JSON quoting, {@link JsonWriter#quote}). */
    static String string(String s) {
        return JsonWriter.quote(s);
    }
}
