package org.starrocks4j.codegen;

import java.util.Map;
import java.util.TreeMap;

/** The imports of one generated file: using a class records its import and yields the simple name to write. */
final class Imports {

    private final String ownPackage;
    private final Map<String, String> bySimpleName = new TreeMap<>();

    Imports(String ownPackage) {
        this.ownPackage = ownPackage;
    }

    /** Keeps a simple name for a class declared in the file itself, so no import takes it. */
    void reserve(String simpleName) {
        bySimpleName.put(simpleName, ownPackage.isEmpty() ? simpleName : ownPackage + "." + simpleName);
    }

    /** The name to write for {@code qualifiedName}: simple when importable, else qualified. */
    String use(String qualifiedName) {
        int dot = qualifiedName.lastIndexOf('.');
        String simple = qualifiedName.substring(dot + 1);
        String pkg = dot < 0 ? "" : qualifiedName.substring(0, dot);
        String known = bySimpleName.get(simple);
        if (known != null && !known.equals(qualifiedName)) {
            return qualifiedName;
        }
        if (!pkg.equals("java.lang") && !pkg.equals(ownPackage)) {
            bySimpleName.put(simple, qualifiedName);
        }
        return simple;
    }

    private boolean isOwn(String qualifiedName) {
        int dot = qualifiedName.lastIndexOf('.');
        return (dot < 0 ? "" : qualifiedName.substring(0, dot)).equals(ownPackage);
    }

    /** The import block, sorted, java.* first, one blank line after; empty when nothing is imported. */
    String block() {
        StringBuilder java = new StringBuilder();
        StringBuilder other = new StringBuilder();
        bySimpleName.values().stream().filter(name -> !isOwn(name)).sorted().forEach(name ->
                (name.startsWith("java.") ? java : other).append("import ").append(name).append(";\n"));
        if (java.length() == 0 && other.length() == 0) {
            return "";
        }
        return java + (java.length() > 0 && other.length() > 0 ? "\n" : "") + other + "\n";
    }
}
