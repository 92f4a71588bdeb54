package org.starrocks4j.diff;

import java.util.List;
import java.util.Locale;

/** Comparison forms of names: StarRocks resolves column names case-insensitively, and quoting is not part of a name. */
final class Names {

    private Names() {
    }

    /** {@code `Id`} and {@code id} give the same key. */
    static String key(String name) {
        String n = name.strip();
        if (n.length() >= 2 && n.startsWith("`") && n.endsWith("`")) {
            n = n.substring(1, n.length() - 1).replace("``", "`");
        }
        return n.toLowerCase(Locale.ROOT);
    }

    static List<String> keys(List<String> names) {
        return names.stream().map(Names::key).toList();
    }

    static boolean sameColumns(List<String> a, List<String> b) {
        return keys(a).equals(keys(b));
    }

    static boolean contains(List<String> names, String name) {
        return keys(names).contains(key(name));
    }

    /** The position of {@code name} in {@code names}, or -1. */
    static int indexOf(List<String> names, String name) {
        return keys(names).indexOf(key(name));
    }
}
