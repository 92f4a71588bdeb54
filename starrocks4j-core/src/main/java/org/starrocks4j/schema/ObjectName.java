package org.starrocks4j.schema;

import java.util.Objects;
import org.starrocks4j.lexical.SqlText;

/**
 * The name of a table, view or materialized view, optionally qualified by database and catalog.
 * Names are compared as written: StarRocks table names are case-sensitive.
 */
public record ObjectName(String catalog, String database, String name) {

    public ObjectName {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new InvalidModelException("an object name must not be empty");
        }
        if (catalog != null && database == null) {
            throw new InvalidModelException("object '" + name + "' names catalog '" + catalog
                    + "' but no database; give the database too");
        }
    }

    /** An unqualified name. */
    public static ObjectName of(String name) {
        return new ObjectName(null, null, name);
    }

    /** A name qualified by its database ({@code null} database = unqualified). */
    public static ObjectName of(String database, String name) {
        return new ObjectName(null, database, name);
    }

    /** The same name without database and catalog. */
    public ObjectName unqualified() {
        return catalog == null && database == null ? this : of(name);
    }

    /** The same name in another database (catalog dropped). */
    public ObjectName inDatabase(String otherDatabase) {
        return new ObjectName(null, otherDatabase, name);
    }

    /** Back-quoted SQL form, e.g. {@code `db`.`t`}. */
    public String toSql() {
        StringBuilder out = new StringBuilder();
        if (catalog != null) {
            out.append(SqlText.identifier(catalog)).append('.');
        }
        if (database != null) {
            out.append(SqlText.identifier(database)).append('.');
        }
        return out.append(SqlText.identifier(name)).toString();
    }

    @Override
    public String toString() {
        return (catalog == null ? "" : catalog + ".") + (database == null ? "" : database + ".") + name;
    }
}
