package org.starrocks4j.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Java lexical helpers for generated code: literals, identifiers, comments. */
final class JavaSyntax {

    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "var", "yield", "record", "sealed", "permits",
            "non-sealed", "_");

    /**
     * Simple names generated classes must not take: they would shadow java.lang or clash with an import of the
     * generated files.
     */
    static final Set<String> RESERVED_CLASS_NAMES = Set.of("string", "integer", "long", "short", "byte", "boolean",
            "float", "double", "object", "record", "class", "override", "deprecated", "list", "map", "bigdecimal",
            "biginteger", "localdate", "localdatetime", "localtime", "starrockstable", "starrockscolumn",
            "starrocksview", "starrocksmaterializedview", "key", "index", "property", "partition", "partitionby",
            "partitionkey", "values", "distributedby", "refresh", "viewcolumn", "nullability", "naming", "keytype",
            "indextype", "aggregatetype", "viewsecurity", "schema", "schemadefinition", "table", "view",
            "materializedview", "column", "types", "objectname", "distribution", "partitioning", "partitionexpression",
            "partitiondefinition", "structtype", "decimaltype", "binarytype", "columndefault", "system", "math",
            "character", "number", "void", "enum", "thread", "runtime", "iterable", "comparable", "exception",
            "error");

    private JavaSyntax() {
    }

    /** A double-quoted Java string literal; control characters become octal escapes (never {@code \\u} escapes, which javac would decode before lexing). */
    static String literal(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\%03o", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * A string expression for long, multi-line SQL: a text block when the text survives one exactly, else one
     * literal per line joined with {@code +}. {@code indent} is the indentation of continuation lines.
     */
    static String multiLine(String value, String indent) {
        if (!value.contains("\n")) {
            return literal(value);
        }
        if (fitsTextBlock(value)) {
            StringBuilder out = new StringBuilder("\"\"\"\n");
            String[] lines = value.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                out.append(lines[i].isEmpty() ? "" : indent + lines[i]);
                out.append(i == lines.length - 1 ? "\"\"\"" : "\n");
            }
            return out.toString();
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (start < value.length()) {
            int nl = value.indexOf('\n', start);
            int end = nl < 0 ? value.length() : nl + 1;
            parts.add(literal(value.substring(start, end)));
            start = end;
        }
        return String.join("\n" + indent + "+ ", parts);
    }

    /**
     * A text block reproduces the text exactly when no line has leading or trailing white space to be stripped
     * or re-indented, nothing needs escaping, and the last line is not empty (the closing quotes go on it).
     */
    private static boolean fitsTextBlock(String value) {
        if (value.contains("\\") || value.contains("\"\"\"") || value.endsWith("\"") || value.endsWith("\n")) {
            return false;
        }
        boolean someLineUnindented = false;
        for (String line : value.split("\n", -1)) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c < 0x20 || c == 0x7f) {
                    return false;
                }
            }
            if (!line.isEmpty() && (Character.isWhitespace(line.charAt(line.length() - 1)))) {
                return false;
            }
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
                someLineUnindented = true;
            }
        }
        return someLineUnindented;
    }

    /** Text safe inside a {@code /** ... *}{@code /} comment, on one line. */
    static String javadoc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
                .replace("*/", "*&#47;").replace("\\", "&#92;")
                .replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    /** A valid Java identifier close to {@code name}: camelCase of snake_case, keywords get a trailing underscore. */
    static String fieldName(String sqlName) {
        String camel = camelCase(sqlName, false);
        return escapeKeyword(camel);
    }

    /** A valid PascalCase class name for {@code sqlName}. */
    static String className(String sqlName) {
        return escapeKeyword(camelCase(sqlName, true));
    }

    static boolean isKeyword(String name) {
        return KEYWORDS.contains(name);
    }

    private static String escapeKeyword(String name) {
        return KEYWORDS.contains(name) ? name + "_" : name;
    }

    private static String camelCase(String sqlName, boolean upperFirst) {
        if (sqlName.chars().anyMatch(Character::isLetter) && sqlName.equals(sqlName.toUpperCase(Locale.ROOT))) {
            sqlName = sqlName.toLowerCase(Locale.ROOT);
        }
        StringBuilder out = new StringBuilder();
        boolean upperNext = upperFirst;
        for (int i = 0; i < sqlName.length(); i++) {
            char c = sqlName.charAt(i);
            if (!Character.isLetterOrDigit(c) || c > 0x7f) {
                upperNext = out.length() > 0 || upperFirst;
                continue;
            }
            if (out.length() == 0 && Character.isDigit(c)) {
                out.append(upperFirst ? 'T' : 'c');
            }
            if (upperNext) {
                out.append(Character.toUpperCase(c));
                upperNext = false;
            } else if (out.length() == 0) {
                out.append(upperFirst ? Character.toUpperCase(c) : Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        if (out.length() == 0) {
            out.append(upperFirst ? "Unnamed" : "unnamed");
        }
        return out.toString();
    }

    /** Makes {@code candidate} unique among {@code used} (case-insensitively, for case-insensitive file systems) with a number suffix. */
    static String unique(String candidate, Set<String> used) {
        String name = candidate;
        for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
            name = candidate + n;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }
}
