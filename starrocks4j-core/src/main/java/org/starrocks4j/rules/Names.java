package org.starrocks4j.rules;

import java.util.List;
import java.util.Locale;

/** Comparison forms of names: StarRocks resolves column names case-insensitively, and quoting is not part of a name. */
public final class Names {

    private Names() {
    }

    /** {@code `Id`} and {@code id} give the same key. */
    public static String key(String name) {
        String n = name.strip();
        if (n.length() >= 2 && n.startsWith("`") && n.endsWith("`")) {
            n = n.substring(1, n.length() - 1).replace("``", "`");
        }
        return n.toLowerCase(Locale.ROOT);
    }

    public static List<String> keys(List<String> names) {
        return names.stream().map(Names::key).toList();
    }

    public static boolean sameColumns(List<String> a, List<String> b) {
        return keys(a).equals(keys(b));
    }

    public static boolean contains(List<String> names, String name) {
        return keys(names).contains(key(name));
    }

    /** The position of {@code name} in {@code names}, or -1. */
    public static int indexOf(List<String> names, String name) {
        return keys(names).indexOf(key(name));
    }
}
