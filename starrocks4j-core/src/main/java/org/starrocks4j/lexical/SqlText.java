package org.starrocks4j.lexical;

import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Quoting of identifiers and string literals. Every name and every literal the toolkit writes into SQL goes
 * through here, so no name, comment or property value can change the meaning of a statement.
 */
public final class SqlText {

    private SqlText() {
    }

    /** Back-quotes an identifier, doubling any back-quote inside it: {@code a`b} becomes {@code `a``b`}. */
    public static String identifier(String name) {
        Objects.requireNonNull(name, "identifier");
        return "`" + name.replace("`", "``") + "`";
    }

    /** Back-quotes each identifier and joins them with {@code ", "}. */
    public static String identifiers(Collection<String> names) {
        return names.stream().map(SqlText::identifier).collect(Collectors.joining(", "));
    }

    /** A single-quoted string literal with StarRocks (MySQL-style) backslash escapes. */
    public static String literal(String value) {
        return quote(value, '\'');
    }

    /** A double-quoted string literal, the form StarRocks uses for PROPERTIES keys and values. */
    public static String doubleQuoted(String value) {
        return quote(value, '"');
    }

    private static String quote(String value, char quote) {
        Objects.requireNonNull(value, "literal");
        StringBuilder out = new StringBuilder(value.length() + 2).append(quote);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\0' -> out.append("\\0");
                default -> {
                    if (c == quote) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.append(quote).toString();
    }
}
