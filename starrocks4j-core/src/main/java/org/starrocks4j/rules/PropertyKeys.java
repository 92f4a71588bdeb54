package org.starrocks4j.rules;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How the server names table properties: case-insensitively, and the per-partition settings (storage medium,
 * replica count) also as {@code default.key}, the spelling ALTER TABLE uses for the table's default on a
 * partitioned table. Comparisons and rules look properties up by this key, whichever spelling a statement used.
 */
public final class PropertyKeys {

    /** Apply to new partitions only on partitioned tables, so ALTER must use their {@code default.} form. */
    public static final Set<String> PARTITION_DEFAULTS = Set.of("replication_num", "storage_medium");

    private PropertyKeys() {
    }

    /** The comparison key: lower case, {@code default.replication_num} = {@code replication_num}. */
    public static String key(String property) {
        String k = property.strip().toLowerCase(Locale.ROOT);
        if (k.startsWith("default.") && PARTITION_DEFAULTS.contains(k.substring("default.".length()))) {
            return k.substring("default.".length());
        }
        return k;
    }

    /** The value of a property by its comparison key ({@code default.replication_num} is {@code replication_num}). */
    public static String value(Map<String, String> properties, String key) {
        String wanted = key(key);
        return properties.entrySet().stream().filter(e -> key(e.getKey()).equals(wanted)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }
}
