package org.starrocks4j.annotations;

import java.util.Locale;

/** Derives SQL names from Java names according to a {@link Naming}. */
public final class JavaNames {

    private JavaNames() {
    }

    /** The SQL name for a Java class, field or record component name. */
    public static String toSql(String javaName, Naming naming) {
        return naming == Naming.AS_IS ? javaName : snakeCase(javaName);
    }

    /**
     * camelCase / PascalCase to snake_case: an underscore goes before an upper-case letter that follows a
     * lower-case letter or digit, or that starts a word after an acronym ({@code HTTPServer} → {@code http_server}).
     * Names already in snake_case are unchanged.
     */
    public static String snakeCase(String javaName) {
        StringBuilder out = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                char previous = javaName.charAt(i - 1);
                boolean afterLowerOrDigit = Character.isLowerCase(previous) || Character.isDigit(previous);
                boolean endsAcronym = Character.isUpperCase(previous) && i + 1 < javaName.length()
                        && Character.isLowerCase(javaName.charAt(i + 1));
                if ((afterLowerOrDigit || endsAcronym) && previous != '_') {
                    out.append('_');
                }
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
