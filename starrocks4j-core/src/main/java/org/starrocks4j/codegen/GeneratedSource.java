package org.starrocks4j.codegen;

import java.util.Objects;

/**
 * One generated Java compilation unit.
 *
 * @param packageName the package, empty for the default package
 * @param className   the top-level class's simple name
 * @param source      the source text
 */
public record GeneratedSource(String packageName, String className, String source) {

    public GeneratedSource {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(source, "source");
    }

    /** The fully qualified class name. */
    public String qualifiedName() {
        return packageName.isEmpty() ? className : packageName + "." + className;
    }

    /** The file's path below a source root, with {@code /} separators, e.g. {@code com/acme/Orders.java}. */
    public String relativePath() {
        return (packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/") + className + ".java";
    }
}
