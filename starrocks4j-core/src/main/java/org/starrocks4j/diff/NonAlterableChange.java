package org.starrocks4j.diff;

import java.util.Objects;
import org.starrocks4j.schema.ObjectName;

/**
 * A difference StarRocks cannot ALTER (key model, partitioning scheme, ENGINE, a column's aggregate type, a nullable
 * column made NOT NULL, ...).
 *
 * @param target    the table
 * @param attribute what differs, e.g. {@code key model}, {@code aggregate type of column `v`}
 * @param from      the current value, as SQL-like text
 * @param to        the wanted value
 * @param reason    the server's rule and the way out, e.g. {@code StarRocks cannot make a nullable column NOT NULL
 *                  ("Can not change from nullable to non-nullable"); keep it NULL in the model, or rebuild the table},
 *                  or {@code null} when the attribute says it all
 */
public record NonAlterableChange(ObjectName target, String attribute, String from, String to, String reason) {

    public NonAlterableChange {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(attribute, "attribute");
    }

    /** A difference whose attribute says why it cannot be altered. */
    public NonAlterableChange(ObjectName target, String attribute, String from, String to) {
        this(target, attribute, from, to, null);
    }

    /**
     * One line: {@code table `t`: key model DUPLICATE KEY(`id`) -> PRIMARY KEY(`id`)}, followed by the reason when
     * there is one.
     */
    public String describe() {
        return "table " + target.toSql() + ": " + attribute + " " + show(from) + " -> " + show(to)
                + (reason == null ? "" : ": " + reason);
    }

    private static String show(String value) {
        return value == null || value.isEmpty() ? "(none)" : value;
    }
}
