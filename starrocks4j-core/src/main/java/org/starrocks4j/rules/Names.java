package org.starrocks4j.rules;

import java.util.List;
import java.util.Locale;

/** Comparison forms of names: StarRocks resolves column names case-insensitively, and quoting is not part of a name. */
public final class Names {

    private Names() {
    }

    /** {@code `Id`} and {@code id} give the same key. */
    public static String key(String name) {
        if (isKey(name)) {
            return name; // the usual case, without a copy: the diff compares names of every column of every table
        }
        String n = name.strip();
        if (n.length() >= 2 && n.startsWith("`") && n.endsWith("`")) {
            n = n.substring(1, n.length() - 1).replace("``", "`");
        }
        return n.toLowerCase(Locale.ROOT);
    }

    /** True when {@code name} is its own key: ASCII, no upper case, no surrounding space or back-quote. */
    private static boolean isKey(String name) {
        int length = name.length();
        if (length > 0 && (name.charAt(0) <= ' ' || name.charAt(0) == '`' || name.charAt(length - 1) <= ' ')) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z' || c > 127) {
                return false;
            }
        }
        return true;
    }

    public static boolean sameColumns(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!key(a.get(i)).equals(key(b.get(i)))) {
                return false;
            }
        }
        return true;
    }

    public static boolean contains(List<String> names, String name) {
        return indexOf(names, name) >= 0;
    }

    /** The position of {@code name} in {@code names}, or -1. */
    public static int indexOf(List<String> names, String name) {
        String wanted = key(name);
        for (int i = 0; i < names.size(); i++) {
            if (key(names.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
