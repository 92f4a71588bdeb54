package org.starrocks4j.diff;

import java.util.Objects;
import org.starrocks4j.schema.ObjectName;

/**
 * A difference StarRocks cannot ALTER (key model, partitioning scheme, ENGINE, a column's aggregate type, ...).
 *
 * @param target    the table
 * @param attribute what differs, e.g. {@code key model}, {@code aggregate type of column `v`}
 * @param from      the current value, as SQL-like text
 * @param to        the wanted value
 */
public record NonAlterableChange(ObjectName target, String attribute, String from, String to) {

    public NonAlterableChange {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(attribute, "attribute");
    }

    /** One line: {@code table `t`: key model DUPLICATE KEY(`id`) -> PRIMARY KEY(`id`)}. */
    public String describe() {
        return "table " + target.toSql() + ": " + attribute + " " + show(from) + " -> " + show(to);
    }

    private static String show(String value) {
        return value == null || value.isEmpty() ? "(none)" : value;
    }
}
